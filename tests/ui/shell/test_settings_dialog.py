from narvard_desktop.ui.shell.settings_dialog import SettingsDialog


def test_settings_change_the_group_rules_and_the_language(
    qtbot, open_session, group_store, monkeypatch
):
    data_dir = group_store.data_dir
    group_store.close()
    session = open_session(data_dir)
    window = session.window

    def fill_and_accept(dialog):
        assert dialog.risk_threshold.value() == 8 and dialog.answer_days.value() == 60
        dialog.risk_threshold.setValue(6)
        dialog.answer_days.setValue(30)
        dialog.numbering.setCurrentIndex(dialog.numbering.findData("per_year"))
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        return SettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(SettingsDialog, "exec", fill_and_accept)
    window.open_settings()

    group = session.store.own_group()
    assert (group["risk_threshold"], group["answer_days"], group["paragraph_numbering"]) == (
        6,
        30,
        "per_year",
    )
    assert session.language == "en"
    assert session.window.navigation.item(3).text() == "Meetings"


def test_cancelled_settings_change_nothing(qtbot, open_session, group_store, monkeypatch):
    data_dir = group_store.data_dir
    group_store.close()
    session = open_session(data_dir)

    def change_and_cancel(dialog):
        dialog.risk_threshold.setValue(3)
        return SettingsDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", change_and_cancel)
    session.window.open_settings()
    assert session.store.own_group()["risk_threshold"] == 8
    assert session.language == "sv"
