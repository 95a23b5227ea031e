"""The pinned environment: requirements.txt and environment.yml name the same packages."""
import re

from coursetools import paths

PIN = re.compile(r"^([A-Za-z0-9_.\-\[\]]+)==([^\s;]+)$")


def pins(lines):
    out = {}
    for line in lines:
        line = line.split("#")[0].strip().lstrip("- ").strip()
        m = PIN.match(line)
        if m:
            out[m.group(1).lower()] = m.group(2)
    return out


def requirements():
    return (paths.ROOT / "requirements.txt").read_text().splitlines()


def test_every_requirement_is_pinned_exactly():
    lines = [l.split("#")[0].strip() for l in requirements()]
    loose = [l for l in lines if l and not PIN.match(l)]
    assert not loose, f"unpinned requirements: {loose}"


def test_torch_is_pinned_to_the_cpu_wheel_version():
    # an unpinned torch pulls several GB of CUDA packages
    assert pins(requirements()).get("torch") == "2.13.0"


def test_environment_yml_matches_requirements():
    text = (paths.ROOT / "environment.yml").read_text()
    assert pins(text.splitlines()) == pins(requirements())
    assert "python=3.11" in text
    assert "-e ./shared" in text, "conda users need the shared package installed too"
