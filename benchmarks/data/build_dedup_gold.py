"""Build dedup_gold.jsonl (the dev set of duplicate reports) from the hand labels below.

    python benchmarks/data/build_dedup_gold.py benchmarks/data/dedup_gold.jsonl [NEWS.jsonl.gz]

Each incident was labelled by reading the articles of ../shared/data/news (SaudiNewsNet, CC
BY-NC-SA 4.0): several newspapers reporting one incident.  A report's span is the sentence that
holds its anchor phrase.  Only ids, offsets, short anchors and our labels are stored, no text.
The incidents include hard negatives: four Najran shellings on different days, two Ramadi
operations two weeks apart, and two bombings in Baqubah on the same day.
"""

import gzip
import json
import sys

NEWS = (
    sys.argv[2]
    if len(sys.argv) > 2
    else "/work/shared/data/news/saudinewsnet_2015_conflict.jsonl.gz"
)
rows = {r["id"]: r for r in (json.loads(line) for line in gzip.open(NEWS, "rt"))}
P = {
    "najran": ("Najran", 17.4933, 44.1277, "SAU", "Najran"),
    "baqubah": ("Baqubah", 33.7466, 44.6437, "IRQ", "Baqubah"),
    "tuz": ("Tuz Khurmatu", 34.8842, 44.6347, "IRQ", "Tuz Khurmatu"),
    "kilis": ("Kilis", 36.7184, 37.1212, "TUR", "Kilis"),
    "sirnak": ("Sirnak", 37.5164, 42.4611, "TUR", "Sirnak"),
    "dhale": ("Ad Dali", 13.6957, 44.7314, "YEM", "Ad Dali"),
    "ramadi": ("Ramadi", 33.4206, 43.3078, "IRQ", "Ramadi"),
    "sabha": ("Sabha", 27.0377, 14.4283, "LBY", "Sabha"),
    "dogubayazit": ("Dogubayazit", 39.5469, 44.0844, "TUR", "Dogubayazit"),
}
# incident: (id, type, actor1, actor2, place, event date, fatalities, description, [(article, anchor)])
INCIDENTS = [
    (
        "najran-0724",
        "ASSAULT",
        None,
        None,
        "najran",
        "2015-07-24",
        0,
        "projectiles from Yemen hit a shop in Najran, one resident injured",
        [
            ("snn-684", "سقوط مقذوفات عسكرية"),
            ("snn-835", "سقوط مقذوفات عسكرية"),
            ("snn-889", "لسقوط بعض المقذوفات"),
        ],
    ),
    (
        "najran-0726",
        "ASSAULT",
        None,
        None,
        "najran",
        "2015-07-26",
        0,
        "projectile from Yemen hits a house in Najran, a girl and two children injured",
        [("snn-1322", "سقوط مقذوف عسكري"), ("snn-1384", "سقوط مقذوف عسكري")],
    ),
    (
        "najran-0730",
        "ASSAULT",
        None,
        None,
        "najran",
        "2015-07-30",
        0,
        "projectile from Yemen in Najran, two foreign residents injured",
        [
            ("snn-1582", "سقوط مقذوف عسكري"),
            ("snn-1682", "سقوط مقذوف عسكري"),
            ("snn-1671", "سقوط مقذوف عسكري"),
            ("snn-1606", "سقوط مقذوف عسكري"),
            ("snn-1566", "سقوط مقذوف عسكري"),
        ],
    ),
    (
        "najran-0802",
        "ASSAULT",
        None,
        None,
        "najran",
        "2015-08-02",
        1,
        "projectile from Yemen hits a house in Najran, one citizen killed",
        [
            ("snn-1898", "سقوط مقذوف عسكري"),
            ("snn-1966", "سقوط مقذوف عسكري"),
            ("snn-1882", "سقوط مقذوف عسكري"),
            ("snn-2076", "سقوط مقذوف عسكري"),
        ],
    ),
    (
        "baqubah-market",
        "ASSAULT",
        None,
        None,
        "baqubah",
        "2015-08-10",
        24,
        "car bomb in a market in Baqubah, 24 killed",
        [
            ("snn-3233", "انفجرت سيارة ملغومة"),
            ("snn-3379", "انفجرت سيارة ملغومة"),
            ("snn-3297", "انفجرت سيارة ملغومة"),
        ],
    ),
    (
        "baqubah-east",
        "ASSAULT",
        None,
        None,
        "baqubah",
        "2015-08-10",
        7,
        "second bombing east of Baqubah, 7 killed (same day, same town as baqubah-market)",
        [("snn-3233", "في تفجير اخر"), ("snn-3379", "في تفجير آخر"), ("snn-3297", "في تفجير اخر")],
    ),
    (
        "tuz-pool",
        "ASSAULT",
        "isis",
        None,
        "tuz",
        "2015-07-25",
        12,
        "two suicide bombers attack a swimming pool in Tuz Khurmatu, 12 killed",
        [
            ("snn-980", "هاجم انتحاريان"),
            ("snn-1079", "هاجم انتحاريان"),
            ("snn-1154", "هاجم انتحاريان"),
        ],
    ),
    (
        "kilis-clash",
        "ASSAULT",
        "isis",
        "tur-army",
        "kilis",
        "2015-07-23",
        1,
        "Turkish soldier killed in a clash with ISIS across the Syrian border",
        [("snn-595", "في اشتباكات مع تنظيم داعش"), ("snn-660", "في اشتباكات مع تنظيم داعش")],
    ),
    (
        "sirnak-convoy",
        "ASSAULT",
        "pkk",
        "tur-army",
        "sirnak",
        "2015-07-30",
        3,
        "PKK fire on a military convoy in Sirnak, three soldiers killed",
        [
            ("snn-1581", "النار على قافلة عسكرية"),
            ("snn-1626", "النار على قافلة عسكرية"),
            ("snn-1684", "النار على قافلة عسكرية"),
            ("snn-1591", "النار على قافلة عسكرية"),
        ],
    ),
    (
        "dhale-clash",
        "ASSAULT",
        "yem-resistance",
        "houthis",
        "dhale",
        "2015-07-30",
        18,
        "clashes in Ad Dali (Sanah), 18 Houthis killed",
        [("snn-1616", "خلال الاشتباكات التي اندلعت"), ("snn-1668", "خلال الاشتباكات التي اندلعت")],
    ),
    (
        "ramadi-0726",
        "ASSAULT",
        "isis",
        "irq-army",
        "ramadi",
        "2015-07-26",
        8,
        "8 ISIS suicide-belt attackers killed attacking Iraqi forces near al-Tamim, Ramadi",
        [("snn-1342", "أثناء محاولتهم الهجوم"), ("snn-1441", "أثناء محاولتهم الهجوم")],
    ),
    (
        "ramadi-0809",
        "ASSAULT",
        "irq-army",
        "isis",
        "ramadi",
        "2015-08-09",
        22,
        "Iraqi security operation north of Ramadi, 22 ISIS fighters killed",
        [("snn-3013", "في عملية أمنية نفذتها"), ("snn-3056", "في عملية أمنية نفذتها")],
    ),
    (
        "sabha-tribal",
        "ASSAULT",
        "tribe-a",
        "tribe-b",
        "sabha",
        "2015-07-21",
        20,
        "tribal clashes in the largest city of southern Libya (Sabha), dozens killed",
        [("snn-120", "في اشتباكات بين قبيلتين"), ("snn-464", "في اشتباكات بين قبيلتين")],
    ),
    (
        "dogubayazit-gendarmerie",
        "ASSAULT",
        "pkk",
        "tur-army",
        "dogubayazit",
        "2015-08-02",
        2,
        "suicide attack on a gendarmerie post in eastern Turkey, two killed",
        [("snn-1868", "عملية انتحارية استهدفت"), ("snn-2145", "عملية انتحارية استهدفت")],
    ),
]


def sentence_span(text, anchor):
    i = text.find(anchor)
    if i < 0:
        sys.exit(f"anchor not found: {anchor!r}")
    s = max(text.rfind(c, 0, i) for c in ".\n") + 1
    ends = [j for j in (text.find(c, i) for c in ".\n") if j >= 0]
    e = min(ends) + 1 if ends else len(text)
    while s < e and text[s].isspace():
        s += 1
    return [s, e]


out = []
for iid, etype, a1, a2, place, date, fat, desc, reports in INCIDENTS:
    name, lat, lon, country, admin2 = P[place]
    reps = []
    for art, anchor in reports:
        r = rows[art]
        reps.append(
            {
                "article_id": art,
                "source": r["source"],
                "publication_date": r["date"][:10],
                "anchor": anchor,
                "span": sentence_span(r["text"], anchor),
            }
        )
    out.append(
        {
            "incident": iid,
            "type": etype,
            "actor1": a1,
            "actor2": a2,
            "date": date,
            "place": {"name": name, "lat": lat, "lon": lon, "country": country, "admin2": admin2},
            "fatalities": fat,
            "description": desc,
            "reports": reps,
        }
    )
texts = {}
for inc in out:
    for rep in inc["reports"]:
        t = rows[rep["article_id"]]["text"]
        if t in texts and texts[t] != rep["article_id"]:
            print("identical text:", rep["article_id"], texts[t])
        texts[t] = rep["article_id"]
with open(sys.argv[1], "w", encoding="utf-8") as fh:
    for inc in out:
        fh.write(json.dumps(inc, ensure_ascii=False) + "\n")
print(
    len(out),
    "incidents,",
    sum(len(i["reports"]) for i in out),
    "reports,",
    len({r["article_id"] for i in out for r in i["reports"]}),
    "articles",
)
