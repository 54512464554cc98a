#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// A call's transcript (call_conversation) read as a conversation: turns, who speaks, which side.
// Pure functions, no widgets: the call detail renders what these return.
namespace simwatch::transcript {

// Which side of the conversation a speaker belongs to.
enum class Side { Agent, Other };

struct Turn
{
    QString speaker; // empty when the turn has no "Name:" label
    QString text;
    Side side = Side::Agent;
};

// Turns separated by <br/>, <br>, <br /> or newlines; empty turns dropped.
QStringList turns(const QString &conversation);
// "Agent: Hello" -> {"Agent", "Hello"}; no speaker label -> {"", turn}.
std::pair<QString, QString> splitSpeaker(const QString &turn);
// "Agent", "Bot", "Assistant", "AI" read as the agent; "Customer", "User", "Caller" as the
// other side; unknown names alternate in the order they first speak (tracked in unknownSeen).
Side speakerSide(const QString &speaker, QStringList *unknownSeen = nullptr);
// The whole conversation: a turn without a label continues the previous speaker's side.
QList<Turn> conversation(const QString &text);

} // namespace simwatch::transcript
