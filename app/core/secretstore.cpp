#include "secretstore.h"

#include "appsettings.h"
#include "logging.h"

#include <QSettings>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace simwatch {

namespace {
const QString KeychainEntry = QStringLiteral("omnidim-api-key");
const QString PlainTextSetting = QStringLiteral("connection/apiKeyPlainText");
const QString PlainTextOriginSetting = QStringLiteral("connection/apiKeyPlainTextOrigin");

QString originOf(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

// Keys saved before keys were kept per origin were for the default server only.
bool isDefaultOrigin(const QUrl &url)
{
    return originOf(url) == originOf(AppSettings::defaultBaseUrl());
}
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::entryName(const QUrl &apiUrl)
{
    return KeychainEntry + QLatin1Char(' ') + originOf(apiUrl);
}

QString SecretStore::plainTextKey(const QUrl &apiUrl) const
{
    QSettings settings;
    const QString origin = settings.value(PlainTextOriginSetting).toString();
    const bool matches = origin.isEmpty() ? isDefaultOrigin(apiUrl) : origin == originOf(apiUrl);
    return matches ? settings.value(PlainTextSetting).toString() : QString();
}

void SecretStore::setPlainText(const QUrl &apiUrl, const QString &key)
{
    QSettings settings;
    if (key.isEmpty()) {
        settings.remove(PlainTextSetting);
        settings.remove(PlainTextOriginSetting);
    } else {
        settings.setValue(PlainTextSetting, key);
        settings.setValue(PlainTextOriginSetting, originOf(apiUrl));
    }
}

void SecretStore::read(const QUrl &apiUrl)
{
    readAttempt(apiUrl, true);
}

void SecretStore::readAttempt(const QUrl &apiUrl, bool mayRetry)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(entryName(apiUrl));
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job, apiUrl, mayRetry] {
        const QKeychain::Error error = job->error();
        if ((error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError) && mayRetry) {
            qCInfo(lcSecrets) << "keychain not available yet; asking again once";
            QTimer::singleShot(m_retryDelay, this, [this, apiUrl] { readAttempt(apiUrl, false); });
            return;
        }
        if (error == QKeychain::EntryNotFound && isDefaultOrigin(apiUrl)) {
            // A key saved by an earlier version, before keys were kept per origin.
            auto *legacy = new QKeychain::ReadPasswordJob(m_service, this);
            legacy->setKey(KeychainEntry);
            legacy->setAutoDelete(true);
            connect(legacy, &QKeychain::Job::finished, this, [this, legacy, apiUrl] {
                finishRead(apiUrl, legacy->error(), legacy->textData());
            });
            legacy->start();
            return;
        }
        finishRead(apiUrl, error, job->textData());
    });
    job->start();
}

void SecretStore::finishRead(const QUrl &apiUrl, int keychainError, const QString &keychainKey)
{
    QString key;
    if (keychainError == QKeychain::NoError) {
        key = keychainKey;
        m_location = Location::Keychain;
    } else {
        // Any error other than "no entry" means no usable keychain (headless, CI, a minimal
        // desktop). Decided by code, never by the message, which varies by backend.
        m_keychainAvailable = keychainError == QKeychain::EntryNotFound;
        qCInfo(lcSecrets) << "keychain read:" << keychainError;
        key = plainTextKey(apiUrl);
        m_location = key.isEmpty() ? (m_keychainAvailable ? Location::None : Location::SessionOnly)
                                   : Location::PlainText;
    }
    emit readFinished(key);
}

void SecretStore::write(const QUrl &apiUrl, const QString &key, bool plainTextAllowed)
{
    if (plainTextAllowed) {
        setPlainText(apiUrl, key);
        m_location = Location::PlainText;
        emit writeFinished(m_location, describe());
        return;
    }
    setPlainText(apiUrl, {}); // the user turned plain-text storage off: remove the old copy
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(entryName(apiUrl));
    job->setTextData(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        m_keychainAvailable = job->error() == QKeychain::NoError;
        m_location = m_keychainAvailable ? Location::Keychain : Location::SessionOnly;
        if (!m_keychainAvailable)
            qCInfo(lcSecrets) << "keychain write:" << job->error();
        emit writeFinished(m_location, describe());
    });
    job->start();
}

void SecretStore::forget(const QUrl &apiUrl)
{
    setPlainText(apiUrl, {});
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(entryName(apiUrl));
    job->setAutoDelete(true);
    job->start();
    m_location = Location::None;
}

QString SecretStore::describe() const
{
    switch (m_location) {
    case Location::Keychain:
        return tr("The key is stored in the system keychain.");
    case Location::SessionOnly:
        return tr("No system keychain is available: the key is kept for this session only.");
    case Location::PlainText:
        return tr("The key is stored unencrypted in the settings file, as you asked.");
    case Location::None:
        break;
    }
    return m_keychainAvailable ? tr("The key will be stored in the system keychain.")
                               : tr("No system keychain is available: the key is kept for this session only.");
}

} // namespace simwatch
