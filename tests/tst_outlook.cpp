// The ETA and the hung-run warning, on a clock of the test's own.

#include "history/outlook.h"

#include <QTest>

using namespace simwatch;
using namespace simwatch::history;

namespace {

const QDateTime Start(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);

Sample sample(qint64 second, double progress)
{
    Sample s;
    s.at = Start.addSecs(second);
    s.progress = progress;
    return s;
}

OutlookInput running(QList<Sample> samples, qint64 nowSecond)
{
    OutlookInput input;
    input.samples = std::move(samples);
    input.status = Status::InProgress;
    input.now = Start.addSecs(nowSecond);
    input.lastConfirmed = input.now;
    return input;
}

} // namespace

class TestOutlook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void etaFromTheRecentRate()
    {
        // 10 % a minute: 50 % left is five minutes from the last sample.
        const Outlook o = outlook(running({sample(0, 30), sample(60, 40), sample(120, 50)}, 120));
        QCOMPARE(o.secondsLeft, std::optional<qint64>(300));
        QVERIFY(!o.stalledFor);
        QCOMPARE(timeLeftText(*o.secondsLeft), QStringLiteral("about 5 min left"));
    }

    void etaCountsTheTimeSinceTheLastSample()
    {
        const Outlook o = outlook(running({sample(0, 40), sample(60, 50)}, 90));
        QCOMPARE(o.secondsLeft, std::optional<qint64>(270));
    }

    void etaUsesTheLastTenMinutesOnly()
    {
        // Slow at first (1 % per minute for 20 min), then 5 % per minute.
        QList<Sample> samples;
        for (int minute = 0; minute <= 20; ++minute)
            samples.append(sample(minute * 60, minute));
        for (int minute = 1; minute <= 10; ++minute)
            samples.append(sample((20 + minute) * 60, 20 + 5 * minute));
        const Outlook o = outlook(running(samples, 30 * 60));
        QCOMPARE(o.secondsLeft, std::optional<qint64>(6 * 60)); // 30 % left at 5 % a minute
    }

    void noEtaWhenItWouldMeanNothing_data()
    {
        QTest::addColumn<QList<Sample>>("samples");
        QTest::addColumn<int>("status");
        QTest::newRow("one sample") << QList<Sample>{sample(0, 40)} << int(Status::InProgress);
        QTest::newRow("no progress yet") << QList<Sample>{sample(0, 0), sample(60, 0)} << int(Status::InProgress);
        QTest::newRow("completed") << QList<Sample>{sample(0, 40), sample(60, 100)} << int(Status::Completed);
        QTest::newRow("stopped") << QList<Sample>{sample(0, 40), sample(60, 50)} << int(Status::Stopped);
        QTest::newRow("draft") << QList<Sample>{sample(0, 40), sample(60, 50)} << int(Status::Draft);
        QTest::newRow("went backwards") << QList<Sample>{sample(0, 50), sample(60, 40)} << int(Status::InProgress);
    }

    void noEtaWhenItWouldMeanNothing()
    {
        QFETCH(QList<Sample>, samples);
        QFETCH(int, status);
        OutlookInput input = running(samples, 60);
        input.status = Status(status);
        QVERIFY(!outlook(input).secondsLeft);
    }

    void hungAfterTheThresholdWhileTheServerAnswers()
    {
        const QList<Sample> samples{sample(0, 30), sample(60, 40)};
        QVERIFY(!outlook(running(samples, 60 + 599)).stalledFor);
        const Outlook hung = outlook(running(samples, 60 + 600));
        QCOMPARE(hung.stalledFor, std::optional<qint64>(600));
        QVERIFY(!hung.secondsLeft); // no ETA for a run that does not move

        // An outage is not a hung run: the server has not answered for a while.
        OutlookInput stale = running(samples, 60 + 900);
        stale.lastConfirmed = Start.addSecs(120);
        QVERIFY(!outlook(stale).stalledFor);

        OutlookInput configured = running(samples, 60 + 120);
        configured.hungAfterSeconds = 120;
        QCOMPARE(outlook(configured).stalledFor, std::optional<qint64>(120));
    }

    void timeLeftWords()
    {
        QCOMPARE(timeLeftText(20), QStringLiteral("less than a minute left"));
        QCOMPARE(timeLeftText(61), QStringLiteral("about 1 min left"));
        QCOMPARE(timeLeftText(3600), QStringLiteral("about 1 h left"));
        QCOMPARE(timeLeftText(80 * 60), QStringLiteral("about 1 h 20 min left"));
    }
};

QTEST_GUILESS_MAIN(TestOutlook)
#include "tst_outlook.moc"
