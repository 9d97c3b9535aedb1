import subprocess
import sys


def test_import_rasd_is_light() -> None:
    code = (
        "import sys, time; t=time.perf_counter(); import rasd; dt=time.perf_counter()-t;"
        "heavy=[m for m in ('numpy','pycrfsuite','sqlalchemy','fastapi','pyarrow','pyspark','rasd.pipeline') if m in sys.modules];"
        "print(dt, heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split(maxsplit=1)
    assert float(out[0]) < 1.0
    assert out[1].strip() == "[]"
