"""Every bundled data file is listed in resources/manifest.toml with its sha256, source and licence."""

from rasd.manifest import build_manifest, load_manifest, manifest_problems


def test_manifest_is_current_and_complete() -> None:
    assert manifest_problems() == []


def test_manifest_lists_core_resources() -> None:
    listed = load_manifest()
    for rel in (
        "charmap.json",
        "samples/demo.jsonl",
        "gazetteer/gazetteer.sqlite",
        "models/ner/ner.crfsuite",
        "models/ner/embcodes.npy",
        "models/ner/clusters.tsv",
        "events/filters.npz",
        "actors/matching/generic_terms.tsv",
    ):
        assert rel in listed, rel
        assert len(listed[rel]["sha256"]) == 64
    assert set(build_manifest()) == set(listed)
