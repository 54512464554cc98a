<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>simwatch::ApiClient</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::History</name>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation>
            <numerusform>about %n h left</numerusform>
            <numerusform>about %n h left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::HistoryDialog</name>
    <message numerus="yes">
        <source>%n run(s) kept on this computer. An opened run is shown from the history at once and fetched again when the server answers.</source>
        <translation>
            <numerusform>%n run kept on this computer. An opened run is shown from the history at once and fetched again when the server answers.</numerusform>
            <numerusform>%n runs kept on this computer. An opened run is shown from the history at once and fetched again when the server answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::MainWindow</name>
    <message numerus="yes">
        <source>No progress for %n minute(s): the run may be stuck.</source>
        <translation>
            <numerusform>No progress for %n minute: the run may be stuck.</numerusform>
            <numerusform>No progress for %n minutes: the run may be stuck.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n run(s) kept on this computer? The server keeps its own data; this cannot be undone.</source>
        <translation>
            <numerusform>Delete the %n run kept on this computer? The server keeps its own data; this cannot be undone.</numerusform>
            <numerusform>Delete the %n runs kept on this computer? The server keeps its own data; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s (F5 now)</source>
        <translation>
            <numerusform>Retrying in %n s (F5 now)</numerusform>
            <numerusform>Retrying in %n s (F5 now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your verdicts and notes on %n run(s) are deleted too.</source>
        <translation>
            <numerusform>Your verdicts and notes on %n run are deleted too.</numerusform>
            <numerusform>Your verdicts and notes on %n runs are deleted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::ProgressPanel</name>
    <message numerus="yes">
        <source>Stopped after %1 of %n call(s)</source>
        <translation>
            <numerusform>Stopped after %1 of %n call</numerusform>
            <numerusform>Stopped after %1 of %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not run</source>
        <translation>
            <numerusform>%n call not run</numerusform>
            <numerusform>%n calls not run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) to judge</source>
        <translation>
            <numerusform>%1 of %n call to judge</numerusform>
            <numerusform>%1 of %n calls to judge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingDetail</name>
    <message numerus="yes">
        <source>%n turn(s), shown above under Transcript</source>
        <translation>
            <numerusform>%n turn, shown above under Transcript</numerusform>
            <numerusform>%n turns, shown above under Transcript</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … %n more characters not shown</source>
        <translation>
            <numerusform> … %n more characters not shown</numerusform>
            <numerusform> … %n more characters not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingsPanel</name>
    <message numerus="yes">
        <source>%n call(s) in progress, listed when they finish</source>
        <translation>
            <numerusform>%n call in progress, listed when they finish</numerusform>
            <numerusform>%n calls in progress, listed when they finish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more in progress, listed when they finish</source>
        <translation>
            <numerusform>%n more in progress, listed when they finish</numerusform>
            <numerusform>%n more in progress, listed when they finish</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::RunEvents</name>
    <message numerus="yes">
        <source>Completed: %n call(s) · %1 positive, %2 negative, %3 neutral</source>
        <translation>
            <numerusform>Completed: %n call · %1 positive, %2 negative, %3 neutral</numerusform>
            <numerusform>Completed: %n calls · %1 positive, %2 negative, %3 neutral</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n call(s)</source>
        <translation>
            <numerusform>Stopped after %1 of %n call</numerusform>
            <numerusform>Stopped after %1 of %n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first test call of %n is under way</source>
        <translation>
            <numerusform>The first test call of %n is under way</numerusform>
            <numerusform>The first test call of %n is under way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n negative call(s)</source>
        <translation>
            <numerusform>%1: %n negative call</numerusform>
            <numerusform>%1: %n negative calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationActions</name>
    <message numerus="yes">
        <source>%n call(s) disconnected</source>
        <translation>
            <numerusform>%n call disconnected</numerusform>
            <numerusform>%n calls disconnected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending call(s) cancelled</source>
        <translation>
            <numerusform>%n pending call cancelled</numerusform>
            <numerusform>%n pending calls cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationBrowser</name>
    <message numerus="yes">
        <source>%n simulation(s) loaded</source>
        <translation>
            <numerusform>%n simulation loaded</numerusform>
            <numerusform>%n simulations loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n simulation(s), %1 loaded</source>
        <translation>
            <numerusform>%n simulation, %1 loaded</numerusform>
            <numerusform>%n simulations, %1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationCommands</name>
    <message numerus="yes">
        <source>The server will make %n test call(s).</source>
        <translation>
            <numerusform>The server will make %n test call.</numerusform>
            <numerusform>The server will make %n test calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationHeader</name>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation>
            <numerusform>%n scenario</numerusform>
            <numerusform>%n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation>
            <numerusform>%n call</numerusform>
            <numerusform>%n calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) per scenario</source>
        <translation>
            <numerusform>%n call per scenario</numerusform>
            <numerusform>%n calls per scenario</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationStore</name>
    <message numerus="yes">
        <source>%n call(s) no longer listed</source>
        <translation>
            <numerusform>%n call no longer listed</numerusform>
            <numerusform>%n calls no longer listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::TrayIcon</name>
    <message numerus="yes">
        <source>%n cannot be fetched</source>
        <translation>
            <numerusform>%n cannot be fetched</numerusform>
            <numerusform>%n cannot be fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finished</source>
        <translation>
            <numerusform>%n finished</numerusform>
            <numerusform>%n finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::UiText</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::report</name>
    <message numerus="yes">
        <source>%1 pass · %2 fail · %3 unsure · %4 of %n call(s) not judged</source>
        <translation>
            <numerusform>%1 pass · %2 fail · %3 unsure · %4 of %n call not judged</numerusform>
            <numerusform>%1 pass · %2 fail · %3 unsure · %4 of %n calls not judged</numerusform>
        </translation>
    </message>
</context>
</TS>
