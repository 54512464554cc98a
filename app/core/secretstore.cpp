#include "secretstore.h"

#include "appsettings.h"
#include "logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <cstdio>

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

constexpr QFile::Permissions OwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions OwnerOnlyFolder = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

// The mode bits of `path` (QFile's "User" flags say what this process may do, not the mode).
QFile::Permissions modeOf(const QString &path)
{
    constexpr QFile::Permissions userFlags = QFile::ReadUser | QFile::WriteUser | QFile::ExeUser;
    return QFile::permissions(path) & ~userFlags;
}

// Owner-only permissions on the key file and its folder; false when they cannot be set.
bool makePrivate(const QString &path)
{
    const QString folder = QFileInfo(path).absolutePath();
    bool ok = QFile::setPermissions(folder, OwnerOnlyFolder) && modeOf(folder) == OwnerOnlyFolder;
    if (QFile::exists(path))
        ok = QFile::setPermissions(path, OwnerOnlyFile) && modeOf(path) == OwnerOnlyFile && ok;
    return ok;
}

// Written to a new file that is created owner-only (never readable by others, even for a
// moment), then renamed over the old one.
bool writeKeyFile(const QString &origin, const QString &key)
{
    const QString path = SecretStore::keyFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder) || !makePrivate(path))
        return false;
    const QString temporary = path + QStringLiteral(".new");
    QFile::remove(temporary);
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnlyFile))
        return false;
    const QByteArray data = QJsonDocument(QJsonObject{{QStringLiteral("origin"), origin}, {QStringLiteral("key"), key}})
                                .toJson(QJsonDocument::Compact);
    const bool written = file.write(data) == data.size() && file.flush();
    file.close();
    if (!written || std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return false;
    }
    return makePrivate(path);
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

QString SecretStore::keyFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/api-key");
}

QString SecretStore::plainTextKey(const QUrl &apiUrl) const
{
    QString origin;
    QString key;
    QFile file(keyFilePath());
    if (file.exists()) {
        makePrivate(file.fileName()); // a copy restored from a backup may have come back readable
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonObject stored = QJsonDocument::fromJson(file.readAll()).object();
            origin = stored.value(QLatin1String("origin")).toString();
            key = stored.value(QLatin1String("key")).toString();
        }
    } else {
        // Before the key had a file of its own it was in the settings file: move it.
        QSettings settings;
        key = settings.value(PlainTextSetting).toString();
        origin = settings.value(PlainTextOriginSetting).toString();
        if (!key.isEmpty()) {
            const QUrl legacyOrigin = origin.isEmpty() ? AppSettings::defaultBaseUrl() : QUrl(origin);
            if (writeKeyFile(originOf(legacyOrigin), key)) {
                settings.remove(PlainTextSetting);
                settings.remove(PlainTextOriginSetting);
            }
        }
    }
    const bool matches = origin.isEmpty() ? isDefaultOrigin(apiUrl) : origin == originOf(apiUrl);
    return matches ? key : QString();
}

void SecretStore::setPlainText(const QUrl &apiUrl, const QString &key)
{
    QSettings settings; // no copy stays in the settings file from older versions
    settings.remove(PlainTextSetting);
    settings.remove(PlainTextOriginSetting);
    if (key.isEmpty())
        QFile::remove(keyFilePath());
    else if (!writeKeyFile(originOf(apiUrl), key))
        qCWarning(lcSecrets) << "could not write the key file with owner-only permissions";
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
        return tr("The key is stored unencrypted, as you asked, in a file only your user account can read.");
    case Location::None:
        break;
    }
    return m_keychainAvailable ? tr("The key will be stored in the system keychain.")
                               : tr("No system keychain is available: the key is kept for this session only.");
}

} // namespace simwatch
