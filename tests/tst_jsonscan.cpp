// Replies read cut into their calls (domain/jsonscan + parse): the same meaning as a reply read
// whole, every malformed reply still refused with the whole reply's error, unchanged calls taken
// over from the previous poll.

#include "domain/jsonscan.h"
#include "domain/parse.h"
#include "support/parsecomparison.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace simwatch;
using namespace Qt::StringLiterals;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(QStringLiteral(SIMWATCH_TESTDATA_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray call(int id, const QByteArray &conversation, const QByteArray &sentiment = "Positive")
{
    return R"({"id":)" + QByteArray::number(id) + R"(,"call_status":"completed","sentiment_score":")" + sentiment
        + R"(","call_duration":"1:05","call_conversation":")" + conversation + R"("})";
}

QByteArray reply(const QList<QByteArray> &calls)
{
    return R"({"success":true,"simulation":{"id":7,"name":"Refunds","status":"In Progress",)"
           R"("total_records":10,"simulation_call_recording":[)"
        + calls.join(',') + "]}}";
}

// The byte offset QJsonDocument names for a malformed text, as the parser's message quotes it.
QString byteOffsetOf(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument::fromJson(body, &error);
    return QString::number(error.offset);
}

} // namespace

class TestJsonScan : public QObject
{
    Q_OBJECT

private slots:
    void valueEnd_data();
    void valueEnd();
    void member();
    void splitRefuses_data();
    void splitRefuses();

    void sameAsWhole_data();
    void sameAsWhole();
    void callsKeptAsWritten();
    void malformedRefusedAsWhole_data();
    void malformedRefusedAsWhole();
    void unchangedCallsTakenOver();
    void newestFirstCallsTakenOver();
    void repeatedTextsShared();
};

void TestJsonScan::valueEnd_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("end");
    QTest::newRow("string") << QByteArray(R"("abc", 1)") << 5;
    QTest::newRow("escaped quote") << QByteArray(R"("a\"b" ])") << 6;
    QTest::newRow("escaped backslash") << QByteArray(R"("a\\" ])") << 5;
    QTest::newRow("brackets in a string") << QByteArray(R"({"a":"}]{["} x)") << 12;
    QTest::newRow("nested") << QByteArray(R"([{"a":[1,{"b":{}}]}],)") << 20;
    QTest::newRow("number") << QByteArray("-12.5e3,") << 7;
    QTest::newRow("literal") << QByteArray("true}") << 4;
    QTest::newRow("unterminated string") << QByteArray(R"("abc)") << -1;
    QTest::newRow("escape at the end") << QByteArray(R"("abc\)") << -1;
    QTest::newRow("unclosed object") << QByteArray(R"({"a":[1,2])") << -1;
    QTest::newRow("nothing") << QByteArray(",") << -1;
    QTest::newRow("too deep") << QByteArray(300, '[') + QByteArray(300, ']') << -1;
}

void TestJsonScan::valueEnd()
{
    QFETCH(QByteArray, text);
    QFETCH(int, end);
    QCOMPARE(json::valueEnd(text, 0), qsizetype(end));
}

void TestJsonScan::member()
{
    const QByteArray object = R"( { "id" : 5, "call_conversation": "Agent: hi\u00e9\n<br/>User: \"x\"", "n": null } )";
    QCOMPARE(json::member(object, "call_conversation"_L1), QJsonValue(u"Agent: hi\u00e9\n<br/>User: \"x\""_s));
    QCOMPARE(json::member(object, "id"_L1), QJsonValue(5));
    QCOMPARE(json::member("{\"t\":\"caf\xc3\xa9 <br/> \xe2\x82\xac\"}", "t"_L1), QJsonValue(u"caf\u00e9 <br/> \u20ac"_s));
    QCOMPARE(json::member(R"({"t":""})", "t"_L1), QJsonValue(QString()));
    QCOMPARE(json::member(object, "n"_L1), QJsonValue(QJsonValue::Null));
    QCOMPARE(json::member(object, "absent"_L1), QJsonValue(QJsonValue::Undefined));
    QCOMPARE(json::member(R"({"a":{"b":[1,2]}})", "a"_L1), QJsonValue(QJsonObject{{u"b"_s, QJsonArray{1, 2}}}));
    // Cannot be read alone: the caller reads the whole object.
    QVERIFY(!json::member(R"({"a":1,"a":2})", "a"_L1));
    QVERIFY(!json::member(R"({"\u0061":1})", "a"_L1));
    QVERIFY(!json::member(R"({"a":1,})", "a"_L1));
    QVERIFY(!json::member(R"({"a":tru})", "a"_L1));
    QVERIFY(!json::member("[1]", "a"_L1));
}

void TestJsonScan::splitRefuses_data()
{
    QTest::addColumn<QByteArray>("text");
    const QByteArray calls = R"("simulation_call_recording":[{"id":1}])";
    QTest::newRow("not an object") << QByteArray("[1,2]");
    QTest::newRow("path missing") << QByteArray(R"({"simulation":{"id":1}})");
    QTest::newRow("not an array") << QByteArray(R"({"simulation":{"simulation_call_recording":{}}})");
    QTest::newRow("calls twice") << QByteArray(R"({"simulation":{)" + calls + "," + calls + "}}");
    QTest::newRow("simulation twice") << QByteArray(R"({"simulation":{}, "simulation":{)" + calls + "}}");
    QTest::newRow("escaped key") << QByteArray(R"({"simulation":{"x\u0041":1,)" + calls + "}}");
    QTest::newRow("trailing comma in the calls") << QByteArray(R"({"simulation":{"simulation_call_recording":[{"id":1},]}})");
    QTest::newRow("missing comma") << QByteArray(R"({"simulation":{"simulation_call_recording":[{"id":1} {"id":2}]}})");
    QTest::newRow("text after the document") << QByteArray(R"({"simulation":{)" + calls + "}} x");
    QTest::newRow("truncated") << QByteArray(R"({"simulation":{)" + calls.chopped(3));
}

void TestJsonScan::splitRefuses()
{
    QFETCH(QByteArray, text);
    QVERIFY(!json::splitArray(text, {"simulation"_L1, "simulation_call_recording"_L1}));
}

void TestJsonScan::sameAsWhole_data()
{
    QTest::addColumn<QByteArray>("body");
    for (const char *name : {"getsimulation_example.json", "simulation_in_progress.json", "simulation_completed.json"}) {
        const QByteArray body = fixture(QString::fromLatin1(name));
        QTest::newRow(name) << body;
        QTest::addRow("%s, indented", name) << QJsonDocument::fromJson(body).toJson(QJsonDocument::Indented);
    }
    QTest::newRow("escapes and brackets in transcripts")
        << reply({call(1, R"(Agent: \"Hi\" ]}{[ \\ \u00e9\u20ac\ud83d\ude00<br/>User: tab\there)"),
                  call(2, "caf\xc3\xa9 \xe2\x82\xac", "Negative")});
    QTest::newRow("items that are not objects")
        << reply({"1", call(1, "a"), R"("text")", "null", "[1,{\"id\":3}]", "{}", call(2, "b"), "false"});
    // Qt reads these leniently; read alone or whole, the same.
    QTest::newRow("unknown escape") << reply({call(1, R"(\q)")});
    QTest::newRow("control character") << reply({call(1, "a\x01z")});
    QTest::newRow("no calls") << reply({});
    QTest::newRow("blanks everywhere")
        << QByteArray(" \r\n{ \"simulation\" :\t{ \"id\" : 7 , \"simulation_call_recording\" : [ \n"
                      + call(1, "x") + " ,\n " + call(2, "y") + " \n ] } } \n");
    QTest::newRow("simulation at the top level")
        << QByteArray(R"({"id":9,"status":"Completed","simulation_call_recording":[)" + call(1, "z") + "]}");
    QTest::newRow("key in a transcript")
        << reply({call(1, R"(\"simulation_call_recording\": [ is only text)")});
    QTest::newRow("success false") << QByteArray(R"({"success":false,"error_description":"Gone","simulation":{"simulation_call_recording":[]}})");
}

void TestJsonScan::sameAsWhole()
{
    QFETCH(QByteArray, body);
    const parse::SimulationResult cut = parse::simulationResponse(body);
    const parse::SimulationResult whole = parse::simulationResponse(testing::readWhole(body));
    QCOMPARE(cut.error.kind, whole.error.kind);
    QCOMPARE(cut.error.message, whole.error.message);
    QVERIFY(testing::sameMeaning(cut, whole));
}

void TestJsonScan::callsKeptAsWritten()
{
    // The cut path keeps each call's text as sent (here indented); the whole path re-writes it.
    const QByteArray body = QJsonDocument::fromJson(fixture(u"simulation_in_progress.json"_s)).toJson(QJsonDocument::Indented);
    const parse::SimulationResult result = parse::simulationResponse(body);
    QVERIFY(result.simulation && !result.simulation->recordings.isEmpty());
    for (const Recording &r : result.simulation->recordings) {
        QVERIFY(r.json.startsWith('{') && r.json.endsWith('}'));
        QVERIFY(r.json.contains('\n'));
        QVERIFY(body.contains(r.json));
    }
}

void TestJsonScan::malformedRefusedAsWhole_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("trailing comma in the calls") << reply({call(1, "a"), ""});
    QTest::newRow("trailing comma in a call") << reply({R"({"id":1,})"});
    QTest::newRow("bad literal in a call") << reply({R"({"id":tru})"});
    QTest::newRow("bad number between calls") << reply({call(1, "a"), "01", call(2, "b")});
    QTest::newRow("truncated in the calls") << reply({call(1, "a"), call(2, "b")}).chopped(40);
    QTest::newRow("garbage after") << reply({call(1, "a")}) + "}";
    QTest::newRow("bad envelope") << reply({call(1, "a")}).replace("\"name\":", "\"name\" ");
}

void TestJsonScan::malformedRefusedAsWhole()
{
    QFETCH(QByteArray, body);
    const parse::SimulationResult result = parse::simulationResponse(body);
    QVERIFY(!result.simulation);
    QCOMPARE(result.error.kind, ApiError::Kind::BadPayload);
    // The message names the offset in the reply as a whole, not in a piece of it.
    QVERIFY2(result.error.message.contains(u"at byte "_s + byteOffsetOf(body) + u')'), qPrintable(result.error.message));
}

void TestJsonScan::unchangedCallsTakenOver()
{
    const QList<QByteArray> calls = {call(1, "one"), call(2, "two"), call(3, "three")};
    const parse::SimulationResult first = parse::simulationResponse(reply(calls));
    QVERIFY(first.simulation);
    const QList<Recording> previous = first.simulation->recordings;

    // Call 2 changed, call 4 finished.
    const QByteArray body = reply({calls[0], call(2, "two, edited", "Negative"), calls[2], call(4, "four")});
    const parse::SimulationResult next = parse::simulationResponse(body, previous);
    QVERIFY(next.simulation);
    const QList<Recording> &now = next.simulation->recordings;
    QCOMPARE(now.size(), 4);
    QVERIFY(now[0].json.isSharedWith(previous[0].json));
    QVERIFY(!now[1].json.isSharedWith(previous[1].json));
    QVERIFY(now[2].json.isSharedWith(previous[2].json));
    QCOMPARE(now[1].sentiment, u"Negative"_s);
    QCOMPARE(now[1].conversation(), u"two, edited"_s);
    QCOMPARE(now[3].id, 4);
    // Taking calls over gives exactly what reading them gives.
    QCOMPARE(*next.simulation, *parse::simulationResponse(body).simulation);
}

void TestJsonScan::newestFirstCallsTakenOver()
{
    const parse::SimulationResult first = parse::simulationResponse(reply({call(2, "two"), call(1, "one")}));
    QVERIFY(first.simulation);
    const QList<Recording> previous = first.simulation->recordings;
    const QByteArray body = reply({call(3, "three"), call(2, "two"), call(1, "one")});
    const parse::SimulationResult next = parse::simulationResponse(body, previous);
    QVERIFY(next.simulation);
    QVERIFY(next.simulation->recordings[1].json.isSharedWith(previous[0].json));
    QVERIFY(next.simulation->recordings[2].json.isSharedWith(previous[1].json));
    QCOMPARE(*next.simulation, *parse::simulationResponse(body).simulation);
}

void TestJsonScan::repeatedTextsShared()
{
    const parse::SimulationResult result = parse::simulationResponse(reply({call(1, "a"), call(2, "b")}));
    QVERIFY(result.simulation);
    const QList<Recording> &r = result.simulation->recordings;
    QVERIFY(r[0].sentiment.isSharedWith(r[1].sentiment));
    QVERIFY(r[0].callStatus.isSharedWith(r[1].callStatus));
}

QTEST_GUILESS_MAIN(TestJsonScan)
#include "tst_jsonscan.moc"
