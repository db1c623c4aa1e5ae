"""The app is always light: a light colour scheme whatever the system's (Windows' dark mode, a dark
desktop theme on Linux).

The pages' colours (:mod:`desktop.common.page_parts`, :mod:`desktop.common.figures`, the pastel
backgrounds of highlighted rows and banners) were chosen for dark text on light panels. Qt ≥ 6.8
follows the system's dark mode (the Windows 11 style, GTK and KDE themes), which would leave those
colours on dark panels: dark red on charcoal, white text on pastel cells. For older clerks one
well-tested look is worth more than following the system, so :func:`force_light_scheme` (called by
:func:`desktop.shell.app.make_application`) asks Qt for the light scheme and makes sure the palette
really is light.

Qt only, nothing slow: this is on the start-up path.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

# Qt's own light palette for its Fusion style and generic themes (the colours of qt_fusionPalette),
# except the placeholder text, a solid grey that reads at 4.5:1 on the window colour: the hints
# under controls use it (``palette(placeholder-text)``).
_WINDOW = "#efefef"
_LIGHT_ROLES: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.Window: _WINDOW,
    QPalette.ColorRole.WindowText: "#000000",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#f7f7f7",
    QPalette.ColorRole.ToolTipBase: "#ffffdc",
    QPalette.ColorRole.ToolTipText: "#000000",
    QPalette.ColorRole.PlaceholderText: "#666666",
    QPalette.ColorRole.Text: "#000000",
    QPalette.ColorRole.Button: _WINDOW,
    QPalette.ColorRole.ButtonText: "#000000",
    QPalette.ColorRole.BrightText: "#ffffff",
    QPalette.ColorRole.Light: "#ffffff",
    QPalette.ColorRole.Midlight: "#cacaca",
    QPalette.ColorRole.Mid: "#b8b8b8",
    QPalette.ColorRole.Dark: "#9f9f9f",
    QPalette.ColorRole.Shadow: "#767676",
    QPalette.ColorRole.Highlight: "#308cc6",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0000ff",
    QPalette.ColorRole.LinkVisited: "#ff00ff",
    QPalette.ColorRole.Accent: "#308cc6",
}
_DISABLED_ROLES: dict[QPalette.ColorRole, str] = {
    QPalette.ColorRole.WindowText: "#bebebe",
    QPalette.ColorRole.Text: "#bebebe",
    QPalette.ColorRole.ButtonText: "#bebebe",
    QPalette.ColorRole.Base: _WINDOW,
    QPalette.ColorRole.Dark: "#bebebe",
    QPalette.ColorRole.Shadow: "#b1b1b1",
    QPalette.ColorRole.Highlight: "#919191",
    QPalette.ColorRole.Accent: "#919191",
}

_watched: list[QGuiApplication] = []  # the application whose colour-scheme changes are followed


def light_palette() -> QPalette:
    """A complete light palette, every role of every colour group set (so nothing of a dark
    system palette shows through, and a later change of the system's palette does not either)."""
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for role, colour in _LIGHT_ROLES.items():
            palette.setColor(group, role, QColor(colour))
    for role, colour in _DISABLED_ROLES.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` puts light text on dark panels (its window or its input fields)."""

    def inverted(text: QPalette.ColorRole, background: QPalette.ColorRole) -> bool:
        back = palette.color(QPalette.ColorGroup.Active, background).lightnessF()
        return back < 0.5 or palette.color(QPalette.ColorGroup.Active, text).lightnessF() > back

    return inverted(QPalette.ColorRole.WindowText, QPalette.ColorRole.Window) or inverted(
        QPalette.ColorRole.Text, QPalette.ColorRole.Base
    )


def force_light_scheme(app: QGuiApplication) -> bool:
    """Ask Qt for the light colour scheme, and replace the palette by :func:`light_palette` if it
    is still dark; True when it had to be replaced.

    Asking first keeps the native look: on Windows 10/11 (the ``windowsvista`` and ``windows11``
    styles) Qt then gives its own light palette and draws its controls light, so the palette is
    left alone there, and in light mode nothing changes at all. Only where the request is not
    honoured (a platform theme that ignores it, e.g. some Linux desktop themes, or a palette set
    by hand) is the dark palette replaced by Qt's standard light one. A later switch of the
    system to dark mode is followed the same way (``colorSchemeChanged``).
    """
    hints = app.styleHints()
    hints.setColorScheme(Qt.ColorScheme.Light)  # Qt >= 6.8 (pyproject pins 6.11)
    if app not in _watched:
        _watched.append(app)
        hints.colorSchemeChanged.connect(lambda _scheme: _keep_light(app))
    return _keep_light(app)


def _keep_light(app: QGuiApplication) -> bool:
    if not is_dark(app.palette()):
        return False
    app.setPalette(light_palette())
    return True
