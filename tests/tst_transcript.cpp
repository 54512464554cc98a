// Transcript reading (app/core/domain/transcript): turns, speakers and sides, without widgets.

#include "domain/transcript.h"

#include <QTest>

using namespace simwatch;
using namespace simwatch::transcript;
using namespace Qt::StringLiterals;

class TestTranscript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void turnsSplitOnBreaksAndLines()
    {
        QCOMPARE(turns(u"a<br/>b<BR>c<br />"_s), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(turns(u"a\n\n  b  <br/><br/>"_s), (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(turns(QString()).isEmpty());
    }

    void speakerLabels()
    {
        QCOMPARE(splitSpeaker(u"Agent: Hi"_s), (std::pair<QString, QString>{u"Agent"_s, u"Hi"_s}));
        QCOMPARE(splitSpeaker(u"see http://x.y: no"_s).first, QString());
        QCOMPARE(splitSpeaker(u"No label here"_s).second, u"No label here"_s);
    }

    void sides()
    {
        QCOMPARE(speakerSide(u"Customer"_s), Side::Other);
        QCOMPARE(speakerSide(u"AI Agent"_s), Side::Agent);
        QStringList seen;
        QCOMPARE(speakerSide(u"Alice"_s, &seen), Side::Agent);
        QCOMPARE(speakerSide(u"Bob"_s, &seen), Side::Other);
        QCOMPARE(speakerSide(u"alice"_s, &seen), Side::Agent);
    }

    // A turn without a label continues the side of the one before it.
    void conversationKeepsTheSideOfUnlabelledTurns()
    {
        const QList<Turn> c = conversation(u"Agent: Hello<br/>Customer: My refund<br/>is late<br/>Agent: Sorry"_s);
        QCOMPARE(c.size(), 4);
        QCOMPARE(c[1].speaker, u"Customer"_s);
        QCOMPARE(c[1].side, Side::Other);
        QCOMPARE(c[2].speaker, QString());
        QCOMPARE(c[2].text, u"is late"_s);
        QCOMPARE(c[2].side, Side::Other);
        QCOMPARE(c[3].side, Side::Agent);
    }
};

QTEST_GUILESS_MAIN(TestTranscript)
#include "tst_transcript.moc"
