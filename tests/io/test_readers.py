"""The bad-input table: every bad input gets a coded error or a correct result; nothing good is lost."""

from __future__ import annotations

import codecs
import gzip
import io
import json
from pathlib import Path

import pytest

from rasd.io.readers import iter_inputs

TEXT = "أعلن الجيش السوري السيطرة على بلدة حرستا في ريف دمشق.\r\nوقتل 3 مدنيين."


def _items(path: Path) -> list:
    return list(iter_inputs([str(path)]))


@pytest.mark.parametrize(
    ("name", "data", "code", "warning"),
    [
        ("utf8.txt", TEXT.encode("utf-8"), None, None),
        ("bom.txt", codecs.BOM_UTF8 + TEXT.encode("utf-8"), None, None),
        ("u16bom.txt", codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), None, None),
        ("u16le.txt", TEXT.encode("utf-16-le"), None, "UTF-16-LE"),
        ("u16be.txt", TEXT.encode("utf-16-be"), None, "UTF-16-BE"),
        ("cp1256.txt", TEXT.encode("cp1256"), None, "cp1256"),
        ("empty.txt", b"", "E104", None),
        ("spaces.txt", b"  \n\t ", "E104", None),
        ("binary.txt", bytes(range(256)) * 20, "E102", None),
        ("png.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), "E102", None),
    ],
)
def test_readers_text_files(
    tmp_path: Path, name: str, data: bytes, code: str | None, warning: str | None
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    (item,) = _items(path)
    if code:
        assert item.error is not None and item.error.code == code
        assert item.article is None
    else:
        assert item.error is None
        assert item.article["text"] == TEXT  # CRLF kept, BOM removed
        assert item.article["id"] == path.stem
        if warning:
            assert any(warning in w for w in item.warnings)
        else:
            assert item.warnings == []


def test_readers_jsonl_bad_lines_reported_and_skipped(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "قصف على حلب", "date": "2018-03-25"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "b"}),
        "",
        json.dumps({"text": "نص بلا معرف", "date": "25/03/2018"}, ensure_ascii=False),
        json.dumps({"id": "c", "text": "سطر\u2028فاصل\u0085داخلي"}, ensure_ascii=False),
        json.dumps({"id": "d", "text": "x\ud800y"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    items = _items(path)
    good = [i.article for i in items if i.article]
    bad = [i for i in items if i.error]
    assert [a["id"] for a in good] == ["a", "in.jsonl:5", "c", "d"]
    assert [b.origin.rsplit(":", 1)[1] for b in bad] == ["2", "3"]
    assert all(b.error.code == "E105" for b in bad)
    assert good[0]["date"] == "2018-03-25"
    assert good[2]["text"] == "سطر\u2028فاصل\u0085داخلي"  # only \n splits a JSONL file
    assert good[3]["text"] == "x\ufffdy" and len(good[3]["text"]) == 3


def test_readers_truncated_gzip_keeps_read_lines(tmp_path: Path) -> None:
    body = "".join(
        json.dumps({"id": str(i), "text": "نص " * 50}, ensure_ascii=False) + "\n"
        for i in range(200)
    )
    blob = gzip.compress(body.encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(blob[: len(blob) // 2])
    items = _items(path)
    assert items[-1].error is not None and "truncated" in items[-1].error.message
    assert sum(1 for i in items if i.article) >= 1


def test_readers_folder_and_stdin(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("نص أول", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.jsonl").write_text('{"id": "b1", "text": "نص"}\n', encoding="utf-8")
    (tmp_path / "ignored.bin").write_bytes(b"\x00\x01")
    ids = [i.article["id"] for i in iter_inputs([str(tmp_path)])]
    assert ids == ["a", "b1"]
    stdin_items = list(iter_inputs(["-"], stdin=io.BytesIO("خبر".encode())))
    assert stdin_items[0].article["text"] == "خبر"


def test_readers_html_main_text(tmp_path: Path) -> None:
    html = (
        "<html><head><title>عنوان الخبر</title><script>alert(1)</script></head><body>"
        "<nav>الرئيسية | أخبار | رياضة</nav><article><h1>عنوان الخبر</h1>"
        + "<p>أعلن الجيش العراقي اليوم السيطرة على حي جديد في مدينة الموصل بعد معارك عنيفة مع مسلحي تنظيم داعش استمرت عدة أيام.</p>"
        * 3
        + "</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    (item,) = _items(path)
    assert item.error is None
    assert "الموصل" in item.article["text"]
    assert "alert" not in item.article["text"]
    assert item.article["raw_html"] == html


def test_readers_missing_path_is_coded() -> None:
    (item,) = list(iter_inputs(["/nonexistent/x.txt"]))
    assert item.error.code == "E101"
