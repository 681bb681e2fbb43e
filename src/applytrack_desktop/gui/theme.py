"""Colours, icons and the style sheet, derived from the system's light or dark palette.

Everything visual that more than one widget shares lives here so the look stays consistent
and follows the desktop: the base colours come from ``QPalette``; only the status accents
are ours, with a light and a dark variant each.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from applytrack_desktop.core.enums import Status
from applytrack_desktop.paths import resources_dir

# Board order: the pipeline first, the endings last (Withdrawn/Accepted are rarer).
BOARD_STATUSES: tuple[Status, ...] = (
    Status.WISHLIST,
    Status.APPLIED,
    Status.INTERVIEWING,
    Status.TECHNICAL_ROUND,
    Status.OFFER_EXTENDED,
    Status.REJECTED,
    Status.WITHDRAWN,
    Status.ACCEPTED,
)

# Statuses whose board column starts collapsed: they rarely need attention.
COLLAPSED_STATUSES: frozenset[Status] = frozenset({Status.WITHDRAWN, Status.ACCEPTED})

# (light, dark) accent per status, chosen to stay readable as text on both backgrounds.
_STATUS_ACCENTS: dict[Status, tuple[str, str]] = {
    Status.WISHLIST: ("#8B5CF6", "#A78BFA"),
    Status.APPLIED: ("#2563EB", "#60A5FA"),
    Status.INTERVIEWING: ("#D97706", "#FBBF24"),
    Status.TECHNICAL_ROUND: ("#0891B2", "#22D3EE"),
    Status.OFFER_EXTENDED: ("#059669", "#34D399"),
    Status.REJECTED: ("#DC2626", "#F87171"),
    Status.WITHDRAWN: ("#6B7280", "#9CA3AF"),
    Status.ACCEPTED: ("#16A34A", "#4ADE80"),
}

PRIMARY = ("#4F46E5", "#818CF8")
DANGER = ("#DC2626", "#F87171")


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (system dark mode or a dark theme)."""
    pal = palette if palette is not None else QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(pair: tuple[str, str]) -> QColor:
    return QColor(pair[1] if is_dark() else pair[0])


def status_color(status: Status) -> QColor:
    return _pick(_STATUS_ACCENTS[status])


def primary_color() -> QColor:
    return _pick(PRIMARY)


def danger_color() -> QColor:
    return _pick(DANGER)


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """``a`` blended towards ``b`` by ``amount`` (0..1); used for tints of accents."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def status_tint(status: Status) -> QColor:
    """A soft background for a status chip: the accent faded into the base colour."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return mix(status_color(status), base, 0.82 if not is_dark() else 0.75)


def as_status(value: object) -> Status | None:
    """A status back from item data: Qt stores our StrEnum values as plain strings."""
    if isinstance(value, Status):
        return value
    if isinstance(value, str):
        try:
            return Status(value)
        except ValueError:
            return None
    return None


def status_icon_name(status: Status) -> str:
    return "status-" + status.value.lower().replace(" ", "-")


@lru_cache(maxsize=256)
def _render(name: str, color: str, size: int) -> QPixmap:
    path = resources_dir() / "icons" / f"{name}.svg"
    svg = path.read_text(encoding="utf-8").replace("currentColor", color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    ratio = 2.0  # render at 2x so icons stay crisp on high-DPI screens
    pixmap = QPixmap(QSize(round(size * ratio), round(size * ratio)))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def icon(name: str, color: QColor | None = None, size: int = 20) -> QIcon:
    """An icon from ``resources/icons`` drawn in ``color`` (default: the palette's text)."""
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return QIcon(_render(name, color.name(), size))


def pixmap(name: str, color: QColor | None = None, size: int = 16) -> QPixmap:
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    return _render(name, color.name(), size)


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "app.svg"))


@dataclass(frozen=True, slots=True)
class Tones:
    """The few derived colours the style sheet needs, computed once from the palette."""

    window: str
    base: str
    text: str
    muted: str
    border: str
    surface: str
    hover: str
    primary: str
    primary_text: str
    danger: str


def tones() -> Tones:
    pal = QGuiApplication.palette()
    window = pal.color(QPalette.ColorRole.Window)
    base = pal.color(QPalette.ColorRole.Base)
    text = pal.color(QPalette.ColorRole.WindowText)
    dark = is_dark(pal)
    return Tones(
        window=window.name(),
        base=base.name(),
        text=text.name(),
        muted=mix(text, window, 0.45).name(),
        border=mix(text, window, 0.85 if not dark else 0.78).name(),
        surface=mix(window, text, 0.035 if not dark else 0.06).name(),
        hover=mix(window, text, 0.07 if not dark else 0.12).name(),
        primary=primary_color().name(),
        primary_text="#FFFFFF" if not dark else "#111827",
        danger=danger_color().name(),
    )


def style_sheet() -> str:
    """The application style sheet, built from the current palette (light or dark)."""
    t = tones()
    chevron = (resources_dir() / "icons" / "chevron-down.svg").as_posix()
    return f"""
QWidget#Header {{ background: {t.base}; border-bottom: 1px solid {t.border}; }}
QLabel#AppTitle {{ font-size: 17px; font-weight: 700; }}
QLabel#CountLabel, QLabel#Muted {{ color: {t.muted}; }}
QLabel#SectionTitle {{ font-weight: 700; font-size: 13px; }}
QLabel#DetailTitle {{ font-size: 18px; font-weight: 700; }}
QLabel#EmptyTitle {{ font-size: 16px; font-weight: 700; }}
QLabel#ErrorLabel {{ color: {t.danger}; }}
QPushButton {{
    padding: 6px 12px; border: 1px solid {t.border}; border-radius: 6px; background: {t.base};
}}
QPushButton:hover {{ background: {t.hover}; }}
QPushButton:focus {{ border: 1px solid {t.primary}; }}
QPushButton:disabled {{ color: {t.muted}; }}
QPushButton#Primary {{
    background: {t.primary}; color: {t.primary_text}; border: 1px solid {t.primary};
    font-weight: 600;
}}
QPushButton#Primary:disabled {{ background: {t.border}; border-color: {t.border}; }}
QPushButton#Danger {{ color: {t.danger}; }}
QToolButton#Segment {{
    padding: 5px 12px; border: 1px solid {t.border}; background: {t.base};
}}
QToolButton#Segment:checked {{ background: {t.hover}; font-weight: 600; }}
QToolButton#IconButton {{ border: none; border-radius: 6px; padding: 4px; }}
QToolButton#IconButton:hover {{ background: {t.hover}; }}
QLineEdit, QComboBox, QPlainTextEdit, QDateEdit {{
    padding: 5px 8px; border: 1px solid {t.border}; border-radius: 6px; background: {t.base};
}}
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus {{ border: 1px solid {t.primary}; }}
QSpinBox {{ padding: 4px 6px; }}
QComboBox::drop-down {{ border: none; width: 22px; }}
QComboBox::down-arrow {{ image: url({chevron}); width: 12px; height: 12px; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QWidget#BoardArea, QWidget#TablePage {{ background: {t.window}; }}
QFrame#Column {{ background: {t.surface}; border: 1px solid {t.border}; border-radius: 10px; }}
QListView#ColumnList {{ background: transparent; border: none; }}
QFrame#ActivityPopup {{ background: {t.base}; border: 1px solid {t.border}; border-radius: 10px; }}
QFrame#DetailPanel {{ background: {t.base}; border-left: 1px solid {t.border}; }}
QTableView {{
    background: {t.base}; border: 1px solid {t.border}; border-radius: 8px;
    gridline-color: {t.border}; selection-background-color: {t.hover};
    selection-color: {t.text};
}}
QTableView::item {{ padding-left: 6px; border: none; }}
QHeaderView::section {{
    background: {t.surface}; border: none; border-bottom: 1px solid {t.border};
    padding: 6px 8px; font-weight: 600; color: {t.muted};
}}
QListWidget#Timeline, QListWidget#EmailList {{
    border: 1px solid {t.border}; border-radius: 8px; background: {t.base};
}}
QTabWidget::pane {{ border: none; border-top: 1px solid {t.border}; }}
QTabBar::tab {{
    padding: 7px 14px; border: none; border-bottom: 2px solid transparent;
    background: transparent; color: {t.muted};
}}
QTabBar::tab:selected {{ color: {t.text}; border-bottom: 2px solid {t.primary}; font-weight: 600; }}
QTabBar::tab:hover {{ color: {t.text}; }}
"""


def dark_palette() -> QPalette:
    """A dark palette for desktops that ask for dark mode but hand Qt no palette of their own."""
    pal = QPalette()
    window, base, text = QColor("#1E1F24"), QColor("#26272D"), QColor("#E6E7EB")
    role = QPalette.ColorRole
    for r, color in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor("#2C2D34")),
        (role.Text, text),
        (role.Button, QColor("#2C2D34")),
        (role.ButtonText, text),
        (role.ToolTipBase, base),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor("#8B8D97")),
        (role.Highlight, QColor(PRIMARY[1])),
        (role.HighlightedText, QColor("#111827")),
        (role.Link, QColor(PRIMARY[1])),
        (role.Mid, QColor("#3A3B43")),
        (role.Dark, QColor("#15161A")),
        (role.Light, QColor("#3A3B43")),
    ):
        pal.setColor(r, color)
    for r in (role.Text, role.WindowText, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, QColor("#6B6D77"))
    return pal


def apply_theme(app: QApplication) -> None:
    """Use Fusion (it honours the palette everywhere) and our palette-derived style sheet.

    When the desktop asks for dark mode but its palette is light (Fusion on a bare X11
    session), switch to our dark palette so the request is still honoured.
    """
    app.setStyle("Fusion")
    wants_dark = app.styleHints().colorScheme() == Qt.ColorScheme.Dark
    if wants_dark and not is_dark(app.palette()):
        app.setPalette(dark_palette())
    _render.cache_clear()
    app.setStyleSheet(style_sheet())
