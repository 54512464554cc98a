#pragma once

#include <QObject>
#include <QString>

namespace simwatch {

// Where the API key is kept between runs. The operating system's keychain (QtKeychain) when
// there is one; otherwise nowhere (the key lives for the session only) unless the user has
// explicitly chosen plain-text storage in the settings dialog. The key is never logged.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Location {
        None,          // nothing stored (or not read yet)
        Keychain,      // the OS keychain
        SessionOnly,   // no keychain: kept in memory for this run
        PlainText,     // the user asked for the settings file, after a warning
    };
    Q_ENUM(Location)

    explicit SecretStore(QObject *parent = nullptr);

    // Keychain service name; tests use their own so they never touch the user's entry.
    void setService(const QString &service) { m_service = service; }

    void read();                                      // emits readFinished
    void write(const QString &key, bool plainTextAllowed); // emits writeFinished
    void forget();                                    // removes it from keychain and settings

    Location location() const { return m_location; }
    bool keychainAvailable() const { return m_keychainAvailable; }
    QString describe() const; // one sentence for the settings dialog

Q_SIGNALS:
    void readFinished(const QString &key);            // empty when nothing is stored
    void writeFinished(simwatch::SecretStore::Location location, const QString &message);

private:
    QString plainTextKey() const;
    void setPlainText(const QString &key);

    QString m_service = QStringLiteral("SimWatch");
    Location m_location = Location::None;
    bool m_keychainAvailable = true; // until the keychain says otherwise
};

} // namespace simwatch
