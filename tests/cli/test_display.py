"""The one-line explanation when no window can open, and the offscreen fallback of headless commands."""

import subprocess
import sys

import pytest

from facilitator import display


@pytest.fixture
def linux(monkeypatch):
    monkeypatch.setattr(display.sys, "platform", "linux")
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)


def test_no_display_is_named(linux):
    assert "no display found" in display.window_problem()


def test_missing_xcb_cursor_is_named(linux, monkeypatch):
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(display.ctypes.util, "find_library", lambda name: None if "cursor" in name or "icccm" in name else name)
    problem = display.window_problem()
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4)" in problem


def test_wayland_or_explicit_platform_is_fine(linux, monkeypatch):
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    assert display.window_problem() is None
    monkeypatch.delenv("WAYLAND_DISPLAY")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert display.window_problem() is None


def test_headless_commands_fall_back_to_offscreen(linux):
    display.offscreen_unless_display()
    assert display.os.environ["QT_QPA_PLATFORM"] == "offscreen"


def test_gui_without_display_says_so_in_one_line(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "FACILITATOR_DATA_DIR": str(tmp_path), "HOME": str(tmp_path)}
    if sys.platform != "linux":
        pytest.skip("the display check is for Linux")
    result = subprocess.run([sys.executable, "-m", "facilitator", "--demo"], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "no display found" in result.stderr
