// What "Add simulation" accepts (app/core/domain/simulationref): a typed or pasted id, or an
// address of the web app or the API that names a simulation; and the one date format of the
// window (app/core/domain/datetext). No widgets.

#include "domain/datetext.h"
#include "domain/simulationref.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace simwatch;
using namespace Qt::StringLiterals;

class TestSimulationRef : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("id"); // -1: not a simulation

        // Bare ids, as typed or copied from the web app's list.
        QTest::newRow("bare") << u"456"_s << 456;
        QTest::newRow("spaces around") << u"  456 \n"_s << 456;
        QTest::newRow("hash") << u"#456"_s << 456;
        QTest::newRow("leading zeros") << u"00456"_s << 456;
        QTest::newRow("largest int") << u"2147483647"_s << 2147483647;
        // Web-app and API addresses.
        QTest::newRow("web app") << u"https://www.omnidim.io/simulations/456"_s << 456;
        QTest::newRow("singular, query") << u"https://www.omnidim.io/simulation/456?tab=calls"_s << 456;
        QTest::newRow("trailing slash") << u"https://www.omnidim.io/simulations/456/"_s << 456;
        QTest::newRow("deeper path") << u"https://www.omnidim.io/simulations/456/calls/70004"_s << 456;
        QTest::newRow("fragment route") << u"https://www.omnidim.io/#/simulations/456"_s << 456;
        QTest::newRow("route alone") << u"#/simulations/456"_s << 456;
        QTest::newRow("no scheme") << u"omnidim.io/simulations/456"_s << 456;
        QTest::newRow("path alone") << u"/simulations/456"_s << 456;
        QTest::newRow("upper case") << u"HTTPS://WWW.OMNIDIM.IO/SIMULATIONS/456"_s << 456;
        QTest::newRow("api") << u"https://backend.omnidim.io/api/v1/simulations/456"_s << 456;
        QTest::newRow("slug after id") << u"https://www.omnidim.io/simulations/456-support-test"_s << 456;
        QTest::newRow("fragment after id") << u"https://www.omnidim.io/simulations/456#summary"_s << 456;
        QTest::newRow("agent before simulation") << u"https://www.omnidim.io/agents/1234/simulations/456"_s << 456;
        QTest::newRow("query parameter") << u"https://www.omnidim.io/dashboard?simulation_id=456&tab=calls"_s << 456;
        QTest::newRow("route query parameter") << u"https://www.omnidim.io/#/dashboard?simulationId=456"_s << 456;
        QTest::newRow("angle brackets") << u"<https://www.omnidim.io/simulations/456>"_s << 456;
        QTest::newRow("quoted") << u"\"https://www.omnidim.io/simulations/456\""_s << 456;

        // Anything else.
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("blank") << u"   "_s << -1;
        QTest::newRow("zero") << u"0"_s << -1;
        QTest::newRow("negative") << u"-456"_s << -1;
        QTest::newRow("too large") << u"2147483648"_s << -1;
        QTest::newRow("huge") << u"99999999999999999999999"_s << -1;
        QTest::newRow("decimal") << u"45.6"_s << -1;
        QTest::newRow("words") << u"simulation 456"_s << -1;
        QTest::newRow("letters") << u"abc"_s << -1;
        QTest::newRow("digits and letters") << u"456abc"_s << -1;
        QTest::newRow("agent link") << u"https://www.omnidim.io/agents/1234"_s << -1;
        QTest::newRow("call link") << u"https://www.omnidim.io/calls/70004"_s << -1;
        QTest::newRow("simulations list") << u"https://www.omnidim.io/simulations"_s << -1;
        QTest::newRow("id not a number") << u"https://www.omnidim.io/simulations/abc"_s << -1;
        QTest::newRow("word ending in simulation") << u"https://x.io/mysimulations/456"_s << -1;
        QTest::newRow("zero in link") << u"https://www.omnidim.io/simulations/0"_s << -1;
        QTest::newRow("two lines") << u"456\n457"_s << -1;
    }

    void idFromText()
    {
        QFETCH(QString, text);
        QFETCH(int, id);
        const std::optional<int> found = simulationIdFromText(text);
        QCOMPARE(found.value_or(-1), id);
    }

    // Every date in the window: the locale's short format, in UTC whatever the machine's zone.
    void dateTextFollowsTheLocale()
    {
        const QDateTime at(QDate(2026, 5, 8), QTime(9, 10, 29), Qt::UTC);
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(dateTimeText(at), u"08.05.26 09:10"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(dateTimeText(at).startsWith(u"5/8/26 9:10"_s) && dateTimeText(at).endsWith(u"AM"_s), qPrintable(dateTimeText(at)));
        QCOMPARE(dateTimeTextUtc(at), dateTimeText(at) + u" UTC"_s);
        // The same instant given in another zone reads the same.
        QCOMPARE(dateTimeText(at.toTimeZone(QTimeZone("Asia/Kolkata"))), dateTimeText(at));
        QCOMPARE(dateTimeText(QDateTime()), QString());
        QCOMPARE(dateTimeTextUtc(QDateTime()), QString());
        QLocale::setDefault(before);
    }
};

QTEST_GUILESS_MAIN(TestSimulationRef)
#include "tst_simulationref.moc"
