"""What the Windows installer starts (build_scripts/windows/shequ.iss): the Start menu entry, the
desktop icon, the installer's last page and the file associations all start the windowed
``shequw.exe`` (``shequ.exe`` opens a console window beside the app); the associations are the
current user's, as the installation is, and the uninstaller removes them."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS = ROOT / "build_scripts" / "windows" / "shequ.iss"
OPEN_COMMAND = r'""{app}\{#AppExeName}"" ""%1""'  # "C:\…\shequw.exe" "%1" (Inno doubles quotes inside quotes)


def _text() -> str:
    return ISS.read_bytes().decode("utf-8-sig")


def _defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^#define (\w+) "([^"]*)"\s*$', text, re.MULTILINE))


def _section(text: str, name: str) -> list[str]:
    """The entries of ``[name]`` (comments and blank lines left out)."""
    lines = [line.strip() for line in text.splitlines()]
    start = lines.index(f"[{name}]")
    entries = []
    for line in lines[start + 1 :]:
        if line.startswith("["):
            break
        if line and not line.startswith(";"):
            entries.append(line)
    return entries


def _fields(entry: str) -> dict[str, str]:
    """``Name: "x"; Flags: a b`` → {"Name": "x", "Flags": "a b"} (quotes kept doubled inside)."""
    fields: dict[str, str] = {}
    for match in re.finditer(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)\s*(?:;|$)', entry):
        value = match.group(2).strip()
        if value.startswith('"') and value.endswith('"') and len(value) >= 2:
            value = value[1:-1]
        fields[match.group(1)] = value
    return fields


def test_the_shortcuts_and_the_last_page_start_the_windowed_executable() -> None:
    text = _text()
    assert _defines(text)["AppExeName"] == "shequw.exe"
    icons = [_fields(entry) for entry in _section(text, "Icons")]
    assert {icon["Name"] for icon in icons} == {r"{autoprograms}\{#AppName}", r"{autodesktop}\{#AppName}"}
    assert all(icon["Filename"] == r"{app}\{#AppExeName}" for icon in icons)
    runs = [_fields(entry) for entry in _section(text, "Run")]
    assert [run["Filename"] for run in runs] == [r"{app}\{#AppExeName}"]
    assert "postinstall" in runs[0]["Flags"].split()
    setup = _section(text, "Setup")
    assert r"UninstallDisplayIcon={app}\{#AppExeName}" in setup
    # shequ.exe (the command line) is still installed: the whole PyInstaller folder is
    files = [_fields(entry) for entry in _section(text, "Files")]
    assert [entry["Source"] for entry in files] == [r"..\..\dist\shequ\*"]
    assert "shequ.exe" not in "\n".join(_section(text, "Icons") + _section(text, "Run") + _section(text, "Registry"))


def test_the_spec_builds_shequw_without_a_console() -> None:
    spec = (ROOT / "build_scripts" / "shequ.spec").read_text("utf-8")
    shequw = spec[spec.index('name="shequw"') :]
    assert "console=False" in shequw[: shequw.index(")")]


def test_bundles_open_with_shequw_for_the_current_user() -> None:
    text = _text()
    assert "PrivilegesRequired=lowest" in _section(text, "Setup")
    assert "ChangesAssociations=yes" in _section(text, "Setup")
    entries = [_fields(entry) for entry in _section(text, "Registry")]
    assert entries
    for entry in entries:  # HKA: HKCU for an installation without administrator rights
        assert entry["Root"] == "HKA" and entry["Subkey"].startswith("Software\\Classes\\"), entry
    by_key: dict[tuple[str, str], dict[str, str]] = {(e["Subkey"], e["ValueName"]): e for e in entries}

    # .shequ → Shequ.Bundle → shequw.exe "%1"
    assert by_key[(r"Software\Classes\.shequ", "")]["ValueData"] == "Shequ.Bundle"
    assert (r"Software\Classes\.shequ\OpenWithProgids", "Shequ.Bundle") in by_key
    # certificate files and PDFs: offered under 打开方式 only, their usual program kept
    assert (r"Software\Classes\.json\OpenWithProgids", "Shequ.Certificate") in by_key
    assert (r"Software\Classes\.pdf\OpenWithProgids", "Shequ.ReturnPdf") in by_key
    assert (r"Software\Classes\.json", "") not in by_key and (r"Software\Classes\.pdf", "") not in by_key
    commands = {subkey: e["ValueData"] for (subkey, _), e in by_key.items() if subkey.endswith(r"\shell\open\command")}
    assert set(commands) == {
        rf"Software\Classes\{progid}\shell\open\command"
        for progid in ("Shequ.Bundle", "Shequ.Certificate", "Shequ.ReturnPdf", r"Applications\{#AppExeName}")
    }
    assert set(commands.values()) == {OPEN_COMMAND}


def test_the_uninstaller_removes_the_associations() -> None:
    entries = [_fields(entry) for entry in _section(_text(), "Registry")]
    removed_keys = {e["Subkey"] for e in entries if "uninsdeletekey" in e.get("Flags", "").split()}
    for entry in entries:
        flags = entry.get("Flags", "").split()
        if "uninsdeletekey" in flags or "uninsdeletevalue" in flags:
            continue
        # anything else lies under a key of ours that the uninstaller removes whole
        assert any(entry["Subkey"].startswith(key + "\\") for key in removed_keys), entry
    # other programs' keys (.shequ is ours, .json and .pdf are not) lose only our values
    for entry in entries:
        if entry["Subkey"].startswith(
            (r"Software\Classes\.json", r"Software\Classes\.pdf", r"Software\Classes\.shequ")
        ):
            assert entry["Flags"].split() == ["uninsdeletevalue"], entry
