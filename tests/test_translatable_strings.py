"""Strings must sit in calls that pyside6-lupdate recognises, or they stay English forever.

lupdate reads `self.tr("…")`, `translate("Context", "…")`,
`QCoreApplication.translate("Context", "…")` and `QT_TRANSLATE_NOOP("Context", "…")`.
A home-made wrapper such as `_tr("…")` hides its literal from lupdate.
"""

import re

from narvard_desktop.paths import project_root

WRAPPED_LITERAL = re.compile(r"\b_\w*tr\(\s*(?:\"|')")


def test_no_literal_is_hidden_behind_a_home_made_translation_wrapper():
    offenders = []
    for path in sorted((project_root() / "narvard_desktop").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for match in WRAPPED_LITERAL.finditer(text):
            number = text.count("\n", 0, match.start()) + 1
            offenders.append(f"{path.relative_to(project_root())}:{number}")
    assert offenders == []
