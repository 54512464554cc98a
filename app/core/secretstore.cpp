#include "secretstore.h"

#include "logging.h"

#include <QSettings>
#include <qt6keychain/keychain.h>

namespace simwatch {

namespace {
const QString KeychainEntry = QStringLiteral("omnidim-api-key");
const QString PlainTextSetting = QStringLiteral("connection/apiKeyPlainText");
} // namespace

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{
}

QString SecretStore::plainTextKey() const
{
    return QSettings().value(PlainTextSetting).toString();
}

void SecretStore::setPlainText(const QString &key)
{
    QSettings settings;
    if (key.isEmpty())
        settings.remove(PlainTextSetting);
    else
        settings.setValue(PlainTextSetting, key);
}

void SecretStore::read()
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(KeychainEntry);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        QString key;
        if (job->error() == QKeychain::NoError) {
            key = job->textData();
            m_location = Location::Keychain;
        } else {
            // Any error other than "no entry" means no usable keychain (headless, CI, a minimal
            // desktop). Decided by code, never by the message, which varies by backend.
            m_keychainAvailable = job->error() == QKeychain::EntryNotFound;
            qCInfo(lcUi) << "keychain read:" << job->error();
            key = plainTextKey();
            m_location = key.isEmpty() ? (m_keychainAvailable ? Location::None : Location::SessionOnly)
                                       : Location::PlainText;
        }
        emit readFinished(key);
    });
    job->start();
}

void SecretStore::write(const QString &key, bool plainTextAllowed)
{
    if (plainTextAllowed) {
        setPlainText(key);
        m_location = Location::PlainText;
        emit writeFinished(m_location, describe());
        return;
    }
    setPlainText({}); // the user turned plain-text storage off: remove the old copy
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(KeychainEntry);
    job->setTextData(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        m_keychainAvailable = job->error() == QKeychain::NoError;
        m_location = m_keychainAvailable ? Location::Keychain : Location::SessionOnly;
        if (!m_keychainAvailable)
            qCInfo(lcUi) << "keychain write:" << job->error();
        emit writeFinished(m_location, describe());
    });
    job->start();
}

void SecretStore::forget()
{
    setPlainText({});
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(KeychainEntry);
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
