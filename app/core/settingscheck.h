#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace simwatch {

// Checks of what a user enters as settings (the dialog, the command line, the environment): empty
// when fine, otherwise a sentence that names the problem and how to fix it.
class SettingsCheck
{
    Q_DECLARE_TR_FUNCTIONS(simwatch::SettingsCheck)

public:
    static QString baseUrl(const QUrl &url, bool allowInsecureHttp = false);
    static QString apiKey(const QString &key);
    static QString interval(int seconds);
    // Plain http:// to a host other than this machine: the key would travel unencrypted.
    static bool isInsecure(const QUrl &url);
};

} // namespace simwatch
