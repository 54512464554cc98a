#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace simwatch {

class AppSettings;

// Server address, API key and poll interval. Every field is checked as it is typed with the
// SettingsCheck helpers; the message sits under the field and OK stays disabled until
// all fields are valid. OK writes into AppSettings (whose changed() the app reacts to).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings *settings, QWidget *parent = nullptr);

    // Started with --allow-insecure-http: plain http:// to another host is accepted.
    void setAllowInsecureHttp(bool allow);

    bool isInputValid() const;
    void accept() override;

    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QLineEdit *apiKeyEdit() const { return m_apiKey; }
    QSpinBox *intervalSpinBox() const { return m_interval; }
    QSpinBox *hungAfterSpinBox() const { return m_hungAfter; }
    QSpinBox *historyRunsSpinBox() const { return m_historyRuns; }
    QComboBox *languageComboBox() const { return m_language; }
    QList<QCheckBox *> notifyBoxes() const { return m_notifyBoxes; }
    QComboBox *themeCombo() const { return m_theme; }
    QPushButton *forgetHistoryButton() const { return m_forgetHistory; }
    QToolButton *showKeyButton() const { return m_showKey; }
    QLabel *baseUrlError() const { return m_baseUrlError; }
    QLabel *apiKeyError() const { return m_apiKeyError; }
    QLabel *intervalError() const { return m_intervalError; }
    QPushButton *okButton() const { return m_ok; }
    QCheckBox *plainTextCheckBox() const { return m_plainText; }

Q_SIGNALS:
    // Forget History was clicked; the window asks for confirmation and does it.
    void forgetHistoryRequested();

private:
    void validate();
    void growToFit();
    void setKeyVisible(bool visible);
    QUrl enteredUrl() const;

    AppSettings *m_settings = nullptr;
    bool m_allowInsecureHttp = false;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_apiKey = nullptr;
    QToolButton *m_showKey = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_hungAfter = nullptr;
    QSpinBox *m_historyRuns = nullptr;
    QPushButton *m_forgetHistory = nullptr;
    QComboBox *m_language = nullptr;
    QList<QCheckBox *> m_notifyBoxes; // one per RunEvents::Kind
    QComboBox *m_theme = nullptr;
    QLabel *m_baseUrlError = nullptr;
    QLabel *m_apiKeyError = nullptr;
    QLabel *m_intervalError = nullptr;
    QPushButton *m_ok = nullptr;
    QCheckBox *m_plainText = nullptr;
    QLabel *m_plainTextWarning = nullptr;
};

} // namespace simwatch
