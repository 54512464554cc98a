#pragma once

// Text content of the stand-in server: scenario templates a voice-agent QA team would write,
// call transcripts, and the review texts (summary, what went wrong, suggestions, prompt).
// Everything is deterministic given the QRandomGenerator passed in.

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtCore/QList>
#include <QtCore/QString>

class QRandomGenerator;

namespace simwatch::standin {

enum class Sentiment { Positive, Negative, Neutral };
QString sentimentName(Sentiment s); // "Positive" / "Negative" / "Neutral"

struct ScenarioText
{
    QString name;
    QString description;
    QString expectedResult;
};

// Number of built-in scenario templates; template indices are 0..count-1. Index -1 means
// "custom scenario" (created through the API): a generic transcript is used.
int scenarioTemplateCount();
ScenarioText scenarioTemplateText(int templateIndex);
double scenarioNegativeRate(int templateIndex); // how often calls of this scenario go badly

struct CallContent
{
    QString transcript;     // "Agent: ...<br/>Customer: ..." (4-12 turns)
    QString details;        // sentiment_analysis_details
    QJsonObject extracted;  // extracted_variables
};

CallContent makeCallContent(int templateIndex, const QString &scenarioName, Sentiment sentiment,
                            const QString &agentName, QRandomGenerator &rng);

// Facts about one finished call, for the review texts.
struct CallFact
{
    int recordingId = 0;
    int templateIndex = -1;
    QString scenarioName;
    Sentiment sentiment = Sentiment::Neutral;
    bool connected = true; // false for failed / no-answer calls
};

struct RunFacts
{
    QString simulationName;
    QString agentName;
    int totalCalls = 0;
    int scenarioCount = 0;
    QList<CallFact> calls; // finished calls only
};

QString summaryText(const RunFacts &facts, bool stopped);
QString whatWentWrongText(const RunFacts &facts);
QString suggestionsText(const RunFacts &facts);
QString promptSuggestionText(const RunFacts &facts);

// enhance-prompt sections: [{title, prompt}]
QJsonArray previousPromptContext(const QString &agentName);
QJsonArray enhancedPromptBreakdown(const QString &agentName);

} // namespace simwatch::standin
