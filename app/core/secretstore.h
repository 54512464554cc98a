#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

namespace simwatch {

// Where the API key is kept between runs. The operating system's keychain (QtKeychain) when
// there is one; otherwise nowhere (the key lives for the session only) unless the user has
// explicitly chosen plain-text storage in the settings dialog. The key is never logged.
// Keys are kept per API origin (scheme, host, port): a key saved for one server is never offered
// to another. Reads are asynchronous; a keychain that is not up yet (the Secret Service often
// starts after the desktop session's first programs) is asked once more after a short wait.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Location {
        None,          // nothing stored (or not read yet)
        Keychain,      // the OS keychain
        SessionOnly,   // no keychain: kept in memory for this run
        PlainText,     // the user asked for an unencrypted file, after a warning (see keyFilePath())
    };
    Q_ENUM(Location)

    explicit SecretStore(QObject *parent = nullptr);

    // Keychain service name; tests use their own so they never touch the user's entry.
    void setService(const QString &service) { m_service = service; }

    void read(const QUrl &apiUrl);                    // emits readFinished
    void write(const QUrl &apiUrl, const QString &key, bool plainTextAllowed); // emits writeFinished
    void forget(const QUrl &apiUrl);                  // removes it from the keychain and the key file
    // The wait before the one retry of a read that found no keychain (tests shorten it).
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

    // The keychain entry name for the key of `apiUrl`'s origin.
    static QString entryName(const QUrl &apiUrl);
    // The unencrypted key's own file: mode 0600 in a folder of mode 0700, checked at every write
    // and read (the settings file is rewritten by others with the default mode, so not there).
    static QString keyFilePath();

    Location location() const { return m_location; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString describe() const; // one sentence for the settings dialog

Q_SIGNALS:
    void readFinished(const QString &key);            // empty when nothing is stored
    void writeFinished(simwatch::SecretStore::Location location, const QString &message);

private:
    void readAttempt(const QUrl &apiUrl, bool mayRetry);
    void finishRead(const QUrl &apiUrl, int keychainError, const QString &keychainKey);
    QString plainTextKey(const QUrl &apiUrl) const;
    void setPlainText(const QUrl &apiUrl, const QString &key);

    QString m_service = QStringLiteral("SimWatch");
    Location m_location = Location::None;
    bool m_keychainAvailable = true; // until the keychain says otherwise
    std::chrono::milliseconds m_retryDelay{1000};
};

} // namespace simwatch
