"""The packages around the bundle: the Linux menu entry and MIME types (build_scripts/linux/), the
Debian package (build_scripts/make_deb.sh, made here from a small stand-in bundle) and signing
(build_scripts/sign.sh). None of this needs a PyInstaller build; build_scripts/smoke_deb.sh
installs the real package in CI.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from defusedxml import ElementTree

from db.exchange.bundle import BUNDLE_SUFFIX
from db.exchange.pki import CERTIFICATE_SUFFIX
from desktop import __version__
from desktop.common.paths import APP_NAME

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = ROOT / "build_scripts"
LINUX = SCRIPTS / "linux"
DESKTOP_ENTRY = LINUX / "shequ.desktop"
MIME_XML = LINUX / "shequ-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
SHELL_SCRIPTS = ("make_deb.sh", "sign.sh", "smoke_deb.sh", "build.sh")


def desktop_entry() -> dict[str, str]:
    """The ``[Desktop Entry]`` group's keys (the file has no other group), refusing what the
    specification does not allow: a line outside the group, a key twice, a line without ``=``."""
    lines = DESKTOP_ENTRY.read_bytes().decode("utf-8").splitlines()  # UTF-8, strictly
    content = [line for line in lines if line.strip() and not line.startswith("#")]
    assert content[0] == "[Desktop Entry]"
    keys: dict[str, str] = {}
    for line in content[1:]:
        assert not line.startswith("["), f"a second group: {line}"
        key, sep, value = line.partition("=")
        assert sep and key == key.strip() and key, f"not a key=value line: {line!r}"
        assert key not in keys, f"{key} twice"
        keys[key] = value
    return keys


def mime_types() -> dict[str, list[str]]:
    """The MIME XML's types and their glob patterns."""
    tree = ElementTree.parse(MIME_XML)
    root = tree.getroot()
    assert root.tag == f"{MIME_NS}mime-info"
    types: dict[str, list[str]] = {}
    for element in root.findall(f"{MIME_NS}mime-type"):
        comments = {c.get(XML_LANG, ""): c.text for c in element.findall(f"{MIME_NS}comment")}
        assert comments.get("") and comments.get("zh_CN"), (
            f"{element.get('type')} needs an English and a Chinese comment"
        )
        types[element.get("type", "")] = [g.get("pattern", "") for g in element.findall(f"{MIME_NS}glob")]
    return types


def run(args: list[str], env: dict[str, str] | None = None, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, check=False, **kwargs)  # type: ignore[call-overload]


def clean_env(**extra: str) -> dict[str, str]:
    """This process's environment without any signing certificate, plus ``extra``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("SHEQU_SIGN")}
    env.update(extra)
    return env


# --- the menu entry and the MIME types -------------------------------------------------------


def test_desktop_entry_names_the_app_in_chinese_and_starts_the_installed_bundle() -> None:
    keys = desktop_entry()
    assert keys["Type"] == "Application"
    assert keys["Name"] == "社区台账"
    assert keys["Name[en]"] == "Shequ"
    # The contract with desktop/gui.py: the launcher hands over the one file double-clicked.
    assert keys["Exec"] == "/opt/shequ/shequ %f"
    assert keys["TryExec"] == "/opt/shequ/shequ"
    assert keys["Terminal"] == "false"
    assert keys["Icon"] == "shequ"  # make_deb.sh installs resources/icons/shequ.png under that name
    assert (ROOT / "resources" / "icons" / "shequ.png").is_file()
    assert keys["StartupWMClass"] == APP_NAME  # Qt's X11 window class is the application's name
    assert keys["Categories"].endswith(";")
    assert "Office" in keys["Categories"].split(";")
    for key in ("Comment", "GenericName", "Keywords"):
        assert keys[key] and keys[f"{key}[en]"], f"{key} in Chinese and English"


def test_desktop_entry_opens_the_types_the_mime_xml_defines() -> None:
    listed = desktop_entry()["MimeType"]
    assert listed.endswith(";")
    assert set(filter(None, listed.split(";"))) == set(mime_types())


def test_desktop_entry_passes_desktop_file_validate(tmp_path: Path) -> None:
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate is not installed (desktop-file-utils); smoke_deb.sh runs it in CI")
    result = run([tool, str(DESKTOP_ENTRY)])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in (result.stdout + result.stderr).lower()


def test_mime_types_name_the_files_the_app_opens() -> None:
    types = mime_types()
    assert types == {
        "application/x-shequ-bundle": ["*.shequ"],
        "application/x-shequ-certificate": ["*-certificate.json"],
    }
    assert BUNDLE_SUFFIX == ".shequ" and CERTIFICATE_SUFFIX == "-certificate.json"
    # The names the exchange writes (db.exchange: bundles, a city's and a street's certificate files).
    assert fnmatch.fnmatchcase("150802001001-2026-0003.shequ", types["application/x-shequ-bundle"][0])
    certificate = types["application/x-shequ-certificate"][0]
    for name in ("150802001001-certificate.json", "150802001-street-certificate.json"):
        assert fnmatch.fnmatchcase(name, certificate)
    assert not fnmatch.fnmatchcase("settings.json", certificate)


def test_mime_xml_builds_a_mime_database(tmp_path: Path) -> None:
    tool = shutil.which("update-mime-database")
    if tool is None:
        pytest.skip("update-mime-database is not installed (shared-mime-info); smoke_deb.sh runs it in CI")
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME_XML, tmp_path / "packages" / "shequ.xml")
    result = run([tool, str(tmp_path)], env=clean_env(PKGSYSTEM_ENABLE_FSYNC="0"))
    assert result.returncode == 0, result.stderr
    globs = (tmp_path / "globs2").read_text("utf-8").splitlines()
    assert "50:application/x-shequ-bundle:*.shequ" in globs
    assert "80:application/x-shequ-certificate:*-certificate.json" in globs
    assert (tmp_path / "application" / "x-shequ-bundle.xml").is_file()


# --- the scripts -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", SHELL_SCRIPTS)
def test_script_parses(name: str) -> None:
    result = run(["bash", "-n", str(SCRIPTS / name)])
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("name", SHELL_SCRIPTS)
def test_script_passes_shellcheck(name: str) -> None:
    tool = shutil.which("shellcheck")
    if tool is None:
        pytest.skip("shellcheck is not installed")
    result = run([tool, "-x", str(SCRIPTS / name)], cwd=ROOT)
    assert result.returncode == 0, result.stdout


def test_build_signs_and_ci_installs_the_package() -> None:
    build = (SCRIPTS / "build.sh").read_text("utf-8")
    assert 'bash build_scripts/sign.sh "$bundle"' in build
    assert 'echo "Signing: ' in build
    ci = (ROOT / ".ci" / "run").read_text("utf-8").splitlines()
    steps = [line for line in ci if "bash build_scripts/" in line and not line.startswith("#")]
    assert steps[-3] == "bash build_scripts/build.sh --deb" or steps[-3].endswith(" bash build_scripts/build.sh --deb")
    assert steps[-2] == "bash build_scripts/smoke_test.sh dist/shequ"
    assert steps[-1].startswith("bash build_scripts/smoke_deb.sh dist/shequ_")


# --- the Debian package, from a stand-in bundle ----------------------------------------------


def stand_in_bundle(folder: Path) -> Path:
    """A folder shaped like dist/shequ whose executables are a real program of this machine."""
    bundle = folder / "shequ"
    (bundle / "_internal" / "resources").mkdir(parents=True)
    true = shutil.which("true")
    assert true is not None
    for name in ("shequ", "shequw"):
        shutil.copy(true, bundle / name)
        (bundle / name).chmod(0o700)  # make_deb.sh makes it readable and runnable by all
    (bundle / "_internal" / "resources" / "data.txt").write_text("社区台账\n", "utf-8")
    return bundle


def deb_listing(deb: Path) -> dict[str, str]:
    """``dpkg-deb -c``: path → "mode owner [-> target]"."""
    listing: dict[str, str] = {}
    for line in run(["dpkg-deb", "-c", str(deb)]).stdout.splitlines():
        mode, owner, _size, _day, _time, path, *rest = line.split()
        listing[path.rstrip("/")] = " ".join([mode, owner, *rest])
    return listing


@pytest.fixture
def machine_arch() -> str:
    if shutil.which("dpkg-deb") is None or shutil.which("dpkg") is None:
        pytest.skip("dpkg-deb is not installed (not a Debian-like system)")
    return run(["dpkg", "--print-architecture"]).stdout.strip()


def test_make_deb_wraps_the_bundle(tmp_path: Path, machine_arch: str) -> None:
    bundle = stand_in_bundle(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    (out / f"shequ_0.0.1_{machine_arch}.deb").write_bytes(b"an older build")
    result = run(
        ["bash", str(SCRIPTS / "make_deb.sh"), str(bundle), str(out)],
        env=clean_env(SHEQU_DEB_COMPRESSION="gzip"),
    )
    assert result.returncode == 0, result.stderr
    deb = Path(result.stdout.splitlines()[-1])
    assert deb == out / f"shequ_{__version__}_{machine_arch}.deb"
    assert sorted(p.name for p in out.iterdir()) == [deb.name]  # the older one is gone
    assert "Package: " in result.stdout and " MB (installed: " in result.stdout

    fields = {
        name: run(["dpkg-deb", "-f", str(deb), name]).stdout.strip()
        for name in ("Package", "Version", "Architecture", "Installed-Size", "Depends", "Maintainer", "Description")
    }
    assert fields["Package"] == "shequ"
    assert fields["Version"] == __version__
    assert fields["Architecture"] == machine_arch
    assert int(fields["Installed-Size"]) > 0
    depends = [group.strip() for group in fields["Depends"].replace("\n", " ").split(",")]
    assert depends[0].startswith("libc6 (>= 2.")
    assert "libglib2.0-0t64 | libglib2.0-0" in depends
    assert {"libxcb-cursor0", "libxkbcommon-x11-0", "libfontconfig1", "libegl1"} <= set(depends)
    assert fields["Description"].startswith("社区台账")

    files = deb_listing(deb)
    assert files["./opt/shequ/shequ"].startswith("-rwxr-xr-x root/root")
    assert files["./opt/shequ/shequw"].startswith("-rwxr-xr-x root/root")
    assert files["./opt/shequ/_internal/resources/data.txt"].startswith("-rw-r--r-- root/root")
    assert files["./usr/bin/shequ"].startswith("lrwxrwxrwx root/root")
    assert files["./usr/bin/shequ"].endswith("-> /opt/shequ/shequ")
    for path in (
        "./usr/share/applications/shequ.desktop",
        "./usr/share/mime/packages/shequ.xml",
        "./usr/share/icons/hicolor/256x256/apps/shequ.png",
        "./usr/share/pixmaps/shequ.png",
    ):
        assert files[path].startswith("-rw-r--r-- root/root"), path

    unpacked = tmp_path / "unpacked"
    assert run(["dpkg-deb", "-x", str(deb), str(unpacked)]).returncode == 0
    assert (unpacked / "usr/share/applications/shequ.desktop").read_bytes() == DESKTOP_ENTRY.read_bytes()
    assert (unpacked / "usr/share/mime/packages/shequ.xml").read_bytes() == MIME_XML.read_bytes()
    assert (unpacked / "usr/share/pixmaps/shequ.png").read_bytes() == (ROOT / "resources/icons/shequ.png").read_bytes()

    control = tmp_path / "control"
    assert run(["dpkg-deb", "-e", str(deb), str(control)]).returncode == 0
    for script in ("postinst", "postrm"):
        path = control / script
        assert stat.S_IMODE(path.stat().st_mode) == 0o755
        assert run(["sh", "-n", str(path)]).returncode == 0
        text = path.read_text("utf-8")
        # The databases are brought up to date only where their tools are installed, never failing.
        for tool in ("update-desktop-database", "update-mime-database"):
            assert f"if command -v {tool} >/dev/null 2>&1; then {tool} " in text
            assert all(line.endswith("|| true; fi") for line in text.splitlines() if f"then {tool}" in line)
    assert "rm -rf /opt/shequ" in (control / "postrm").read_text("utf-8")


def test_make_deb_refuses_a_bundle_of_another_architecture(tmp_path: Path, machine_arch: str) -> None:
    bundle = stand_in_bundle(tmp_path)
    other = "arm64" if machine_arch != "arm64" else "amd64"
    result = run(
        ["bash", str(SCRIPTS / "make_deb.sh"), str(bundle), str(tmp_path / "out")], env=clean_env(SHEQU_DEB_ARCH=other)
    )
    assert result.returncode == 1
    assert f"not {other}: build it on an {other} machine" in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_make_deb_refuses_a_folder_that_is_not_a_bundle(tmp_path: Path) -> None:
    result = run(["bash", str(SCRIPTS / "make_deb.sh"), str(tmp_path), str(tmp_path / "out")], env=clean_env())
    assert result.returncode == 1
    assert "is not a Linux bundle" in result.stderr or "dpkg-deb is needed" in result.stderr


# --- signing ---------------------------------------------------------------------------------


def windows_folder(folder: Path) -> Path:
    """A folder with a real Windows executable (pip's launcher, a PE file) named like ours."""
    import pip._vendor

    distlib = Path(pip._vendor.__file__).parent / "distlib"
    launchers = sorted(distlib.glob("*.exe"), key=lambda path: path.name != "w64.exe")  # w64.exe first
    if not launchers:
        pytest.skip("no Windows executable at hand (pip's distlib launchers)")
    folder.mkdir()
    shutil.copy(launchers[0], folder / "shequw.exe")
    return folder


def test_sign_without_a_certificate_says_not_signed(tmp_path: Path) -> None:
    folder = tmp_path / "dist"
    folder.mkdir()
    (folder / "shequw.exe").write_bytes(b"MZ not really")
    result = run(["bash", str(SCRIPTS / "sign.sh"), str(folder)], env=clean_env())
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("未签名/not signed: no certificate given (set SHEQU_SIGN_CERT")
    assert (folder / "shequw.exe").read_bytes() == b"MZ not really"


def test_sign_refuses_a_missing_certificate_or_path(tmp_path: Path) -> None:
    folder = tmp_path / "dist"
    folder.mkdir()
    (folder / "shequw.exe").write_bytes(b"MZ")
    missing = tmp_path / "nowhere.pfx"
    result = run(["bash", str(SCRIPTS / "sign.sh"), str(folder)], env=clean_env(SHEQU_SIGN_CERT=str(missing)))
    assert result.returncode == 1
    assert f"未签名/not signed: SHEQU_SIGN_CERT names no file: {missing}" in result.stderr
    result = run(["bash", str(SCRIPTS / "sign.sh"), str(tmp_path / "no-such.exe")], env=clean_env())
    assert result.returncode == 2
    assert "no such file or folder" in result.stderr
    assert run(["bash", str(SCRIPTS / "sign.sh")], env=clean_env()).returncode == 2


def test_sign_with_a_certificate_and_nothing_to_sign(tmp_path: Path) -> None:
    """A Linux bundle has no .exe: with a certificate set, the build still says it did not sign."""
    bundle = stand_in_bundle(tmp_path)
    result = run(
        ["bash", str(SCRIPTS / "sign.sh"), str(bundle)], env=clean_env(SHEQU_SIGN_CERT=str(tmp_path / "x.pfx"))
    )
    assert result.returncode == 0, result.stderr
    assert "未签名/not signed: no Windows executable (.exe)" in result.stdout


def code_signing_pfx(folder: Path, password: bytes) -> tuple[Path, Path]:
    """A self-signed code-signing certificate: the .pfx (with ``password``) and the certificate."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "社区台账测试签名")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CODE_SIGNING]), critical=False)
        .sign(key, hashes.SHA256())
    )
    pfx = folder / "office.pfx"
    pfx.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"shequ", key, certificate, None, serialization.BestAvailableEncryption(password)
        )
    )
    pem = folder / "office.pem"
    pem.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    return pfx, pem


@pytest.fixture
def osslsigncode() -> str:
    tool = shutil.which("osslsigncode")
    if tool is None:
        pytest.skip("osslsigncode is not installed (apt-get install osslsigncode)")
    return tool


def test_sign_signs_the_executables_with_a_pfx(tmp_path: Path, osslsigncode: str) -> None:
    folder = windows_folder(tmp_path / "dist")
    exe = folder / "shequw.exe"
    exe.chmod(0o755)
    unsigned = exe.read_bytes()
    pfx, pem = code_signing_pfx(tmp_path, b"pfx-password-1")
    env = clean_env(SHEQU_SIGN_CERT=str(pfx), SHEQU_SIGN_PASSWORD="pfx-password-1", SHEQU_SIGN_TIMESTAMP_URL="none")
    result = run(["bash", str(SCRIPTS / "sign.sh"), str(folder)], env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"已签名/signed: {exe} (osslsigncode, no timestamp)"
    assert exe.read_bytes() != unsigned
    assert stat.S_IMODE(exe.stat().st_mode) == 0o755
    verify = run([osslsigncode, "verify", "-CAfile", str(pem), "-in", str(exe)])
    signer = "社区台账测试签名"
    escaped = "".join(f"\\x{byte:02X}" for byte in signer.encode("utf-8"))  # as osslsigncode prints it
    assert f"Subject: /CN={signer}" in verify.stdout or f"Subject: /CN={escaped}" in verify.stdout, verify.stdout
    assert "Signature verification: ok" in verify.stdout, verify.stdout + verify.stderr


def test_sign_with_a_wrong_password_fails_and_leaves_the_file(tmp_path: Path, osslsigncode: str) -> None:
    folder = windows_folder(tmp_path / "dist")
    unsigned = (folder / "shequw.exe").read_bytes()
    pfx, _pem = code_signing_pfx(tmp_path, b"pfx-password-1")
    env = clean_env(SHEQU_SIGN_CERT=str(pfx), SHEQU_SIGN_PASSWORD="wrong", SHEQU_SIGN_TIMESTAMP_URL="none")
    result = run(["bash", str(SCRIPTS / "sign.sh"), str(folder)], env=env)
    assert result.returncode == 1
    assert "未签名/not signed: osslsigncode could not sign" in result.stderr
    assert "wrong" not in result.stdout  # the password is never printed
    assert (folder / "shequw.exe").read_bytes() == unsigned
