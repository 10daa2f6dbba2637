"""A calm, readable look that also works on a projector."""

STYLE_SHEET = """
QWidget#page { background: #f6f8fa; }
QLabel#pageTitle { font-size: 22pt; font-weight: 600; color: #1d2b36; }
QLabel#lead { font-size: 12pt; color: #44525e; margin-bottom: 12px; }
QLabel#hint { color: #5b6770; }
QLabel#cardTitle { font-size: 12pt; font-weight: 600; color: #1d2b36; }
QFrame#card, QWidget#card {
    background: white; border: 1px solid #d8dee4; border-radius: 8px; padding: 8px;
}
QFrame#card:focus { border: 2px solid #005b94; }
QLabel#figure { font-size: 26pt; font-weight: 600; color: #005b94; }
QLabel#figure[warning="true"] { color: #b42318; }
QListWidget#navigation {
    background: #1d2b36; color: #e8edf1; border: none; font-size: 12pt; padding-top: 12px;
}
QListWidget#navigation::item { padding: 10px 12px; }
QListWidget#navigation::item:selected { background: #005b94; color: white; }
QListWidget#navigation::item:hover:!selected { background: #2c3e4c; }
"""
