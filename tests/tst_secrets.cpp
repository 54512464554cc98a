// The API key never leaks: not in stdout/stderr (even with every debug log on), not in the
// settings file, not in headless output; stored in plain text only on explicit request.

#include "secretstore.h"
#include "standinserver.h"
#include "support/simwatchprocess.h"

#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace std::chrono_literals;

using simwatch::SecretStore;
using simwatch::standin::StandinServer;

namespace {
const QString Secret = QStringLiteral("sk-SIMWATCH-canary-7f3a9c21e5");
}

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<StandinServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;

    struct Output
    {
        int exitCode = -1;
        QByteArray all;
    };

    Output runSimwatch(const QStringList &arguments, const QString &key)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OMNIDIM_API_KEY"), key);
        env.insert(QStringLiteral("HOME"), m_home->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true;qt.*.debug=false"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain: the fallback path
        const simwatch::testing::ProcessResult result = simwatch::testing::runSimwatch(arguments, env, 30000);
        return {result.exitCode, result.stdOut + result.stdErr};
    }

    // Every file the app wrote under its home (settings, caches, logs).
    QStringList filesContaining(const QByteArray &needle) const
    {
        QStringList hits;
        QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits << file.fileName();
        }
        return hits;
    }

    static unsigned mode(const QString &path)
    {
        struct stat info{};
        return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? unsigned(info.st_mode & 07777) : 0u;
    }

    int fileCount() const
    {
        int n = 0;
        QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++n;
        }
        return n;
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        m_server = std::make_unique<StandinServer>();
        m_server->seedDemo();
        m_server->setApiKey(Secret);
        QVERIFY(m_server->listen() != 0);
    }
    void cleanup()
    {
        m_server.reset();
        m_home.reset();
    }

    void guiSessionNeverWritesTheKey()
    {
        const Output out = runSimwatch({QStringLiteral("--base-url"), m_server->baseUrl().toString(),
                                        QStringLiteral("--simulation"), QStringLiteral("456"),
                                        QStringLiteral("--simulation"), QStringLiteral("999"),
                                        QStringLiteral("--interval"), QStringLiteral("1"),
                                        QStringLiteral("--quit-after"), QStringLiteral("3")},
                                       Secret);
        QCOMPARE(out.exitCode, 0);
        QVERIFY(m_server->authorizationHeadersSeen().contains("Bearer " + Secret.toUtf8())); // it was used
        QVERIFY2(!out.all.contains(Secret.toUtf8()), out.all.constData());
        QVERIFY(out.all.contains("simwatch.")); // the debug logs were on, so this means something
        QVERIFY(fileCount() > 0);               // the settings file was written
        QCOMPARE(filesContaining(Secret.toUtf8()), QStringList());
        QVERIFY(!filesContaining(m_server->baseUrl().toString().toUtf8()).isEmpty());
    }

    void rejectedKeyIsNotEchoed()
    {
        const QString wrong = QStringLiteral("sk-WRONG-canary-0b1d2e3f4a");
        const Output out = runSimwatch({QStringLiteral("--headless"), QStringLiteral("--base-url"),
                                        m_server->baseUrl().toString(), QStringLiteral("--simulation"),
                                        QStringLiteral("456"), QStringLiteral("--json")},
                                       wrong);
        QCOMPARE(out.exitCode, 2);
        QVERIFY(out.all.contains("unauthorized"));
        QVERIFY2(!out.all.contains(wrong.toUtf8()), out.all.constData());
        QCOMPARE(filesContaining(wrong.toUtf8()), QStringList());
    }

    void headlessSessionNeverPrintsTheKey()
    {
        const Output out = runSimwatch({QStringLiteral("--headless"), QStringLiteral("--base-url"),
                                        m_server->baseUrl().toString(), QStringLiteral("--simulation"),
                                        QStringLiteral("457"), QStringLiteral("--simulation"), QStringLiteral("999"),
                                        QStringLiteral("--once"), QStringLiteral("--json")},
                                       Secret);
        QCOMPARE(out.exitCode, 2);
        QVERIFY(out.all.contains("Billing Escalations"));
        QVERIFY(!out.all.contains(Secret.toUtf8()));
        QCOMPARE(filesContaining(Secret.toUtf8()), QStringList());
    }

    void withoutKeychainTheKeyIsSessionOnlyUnlessAsked()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->path()));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        SecretStore store;
        store.setService(QStringLiteral("SimWatch-test"));
        store.setRetryDelay(50ms);
        const QUrl api(QStringLiteral("https://backend.omnidim.io/api/v1"));
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.read(api);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.at(0).at(0).toString(), QString());
        QVERIFY(!store.keychainAvailable());
        QCOMPARE(store.location(), SecretStore::Location::SessionOnly);
        QVERIFY(store.describe().contains(QStringLiteral("session only")));

        QSignalSpy written(&store, &SecretStore::writeFinished);
        store.write(api, Secret, false);
        QVERIFY(written.wait(10000));
        QCOMPARE(written.at(0).at(0).value<SecretStore::Location>(), SecretStore::Location::SessionOnly);
        QSettings().sync();
        QCOMPARE(filesContaining(Secret.toUtf8()), QStringList());

        // Only the explicit choice writes it to the settings file; turning it off removes it.
        store.write(api, Secret, true);
        QCOMPARE(store.location(), SecretStore::Location::PlainText);
        QSettings().sync();
        QCOMPARE(filesContaining(Secret.toUtf8()).size(), 1);
        store.write(api, Secret, false);
        QVERIFY(written.wait(10000) || written.count() >= 3);
        QSettings().sync();
        QCOMPARE(filesContaining(Secret.toUtf8()), QStringList());
        store.read(api);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.last().at(0).toString(), QString());
    }

    // The opt-in unencrypted key is in a file only its owner can read (0600), in a folder only
    // its owner can enter (0700), even when the umask and an old copy say otherwise.
    void plainTextKeyFileIsOwnerOnly()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->path()));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        const mode_t oldMask = umask(022);
        SecretStore store;
        store.setService(QStringLiteral("SimWatch-test"));
        const QUrl api(QStringLiteral("https://backend.omnidim.io/api/v1"));
        for (int save = 0; save < 2; ++save) { // also after a later save replaced the file
            store.write(api, Secret, true);
            QSettings().sync();
            const QStringList holding = filesContaining(Secret.toUtf8());
            QCOMPARE(holding, QStringList{SecretStore::keyFilePath()});
            QCOMPARE(mode(holding.first()), 0600u);
            QCOMPARE(mode(QFileInfo(holding.first()).absolutePath()), 0700u);
        }
        // A copy that came back readable (a restored backup) is made private again when read.
        QFile::setPermissions(SecretStore::keyFilePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.setRetryDelay(50ms);
        store.read(api);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.last().at(0).toString(), Secret);
        QCOMPARE(mode(SecretStore::keyFilePath()), 0600u);
        umask(oldMask);
        store.write(api, Secret, false);
        QVERIFY(!QFile::exists(SecretStore::keyFilePath()));
    }

    // A key is kept for its server's origin: one saved for one address is never sent to another.
    void keyIsKeptPerOrigin()
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home->path()));
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        SecretStore store;
        store.setService(QStringLiteral("SimWatch-test"));
        store.setRetryDelay(50ms);
        const QUrl mine(QStringLiteral("https://staging.example.test/api/v1"));
        const QUrl other(QStringLiteral("https://elsewhere.example.test/api/v1"));
        store.write(mine, Secret, true); // plain text: works without a keychain
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.read(other);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.last().at(0).toString(), QString());
        store.read(QUrl(QStringLiteral("https://staging.example.test/api/v2")));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.last().at(0).toString(), Secret); // same origin, other path
        QVERIFY(SecretStore::entryName(mine) != SecretStore::entryName(other));
        store.write(mine, Secret, false); // clean up the settings file
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
