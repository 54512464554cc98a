#pragma once

#include "api/apierror.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace simwatch {

// A calm red strip above the dashboard when the last fetch failed. The last good data stays
// visible below it. Title by kind of error, the error's human message as plain text, and
// "Retry" (plus "Settings…" for a rejected key, and "Remove" for a simulation the server does not
// know, which no retry will bring back).
class ErrorBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    // Shows `error` (hides the banner for kind None). `hasData`: whether older data is on screen.
    void showError(const ApiError &error, bool hasData);
    void clearError();
    ApiError error() const { return m_error; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *settingsButton() const { return m_settings; }
    QPushButton *removeButton() const { return m_remove; }

Q_SIGNALS:
    void retryRequested();
    void settingsRequested();
    void removeRequested();

private:
    ApiError m_error;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_settings = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace simwatch
