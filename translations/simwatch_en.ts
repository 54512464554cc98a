<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>simwatch::ApiClient</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::History</name>
    <message numerus="yes">
        <source>about %Ln min left</source>
        <translation>
            <numerusform>about %Ln min left</numerusform>
            <numerusform>about %Ln min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln h left</source>
        <translation>
            <numerusform>about %Ln h left</numerusform>
            <numerusform>about %Ln h left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::HistoryDialog</name>
    <message numerus="yes">
        <source>%Ln run(s) kept on this computer. An opened run is shown from the history at once and fetched again when the server answers.</source>
        <translation>
            <numerusform>%Ln run kept on this computer. An opened run is shown from the history at once and fetched again when the server answers.</numerusform>
            <numerusform>%Ln runs kept on this computer. An opened run is shown from the history at once and fetched again when the server answers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::MainWindow</name>
    <message numerus="yes">
        <source>No progress for %Ln minute(s): the run may be stuck.</source>
        <translation>
            <numerusform>No progress for %Ln minute: the run may be stuck.</numerusform>
            <numerusform>No progress for %Ln minutes: the run may be stuck.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln run(s) kept on this computer? The server keeps its own data; this cannot be undone.</source>
        <translation>
            <numerusform>Delete the %Ln run kept on this computer? The server keeps its own data; this cannot be undone.</numerusform>
            <numerusform>Delete the %Ln runs kept on this computer? The server keeps its own data; this cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %Ln s (F5 now)</source>
        <translation>
            <numerusform>Retrying in %Ln s (F5 now)</numerusform>
            <numerusform>Retrying in %Ln s (F5 now)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your verdicts and notes on %Ln run(s) are deleted too.</source>
        <translation>
            <numerusform>Your verdicts and notes on %Ln run are deleted too.</numerusform>
            <numerusform>Your verdicts and notes on %Ln runs are deleted too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::ProgressPanel</name>
    <message numerus="yes">
        <source>Stopped after %1 of %Ln call(s)</source>
        <translation>
            <numerusform>Stopped after %1 of %Ln call</numerusform>
            <numerusform>Stopped after %1 of %Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) not run</source>
        <translation>
            <numerusform>%Ln call not run</numerusform>
            <numerusform>%Ln calls not run</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s) to judge</source>
        <translation>
            <numerusform>%1 of %Ln call to judge</numerusform>
            <numerusform>%1 of %Ln calls to judge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingDetail</name>
    <message numerus="yes">
        <source>%Ln turn(s), shown above under Transcript</source>
        <translation>
            <numerusform>%Ln turn, shown above under Transcript</numerusform>
            <numerusform>%Ln turns, shown above under Transcript</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … %Ln more characters not shown</source>
        <translation>
            <numerusform> … %Ln more characters not shown</numerusform>
            <numerusform> … %Ln more characters not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingsPanel</name>
    <message numerus="yes">
        <source>%Ln call(s) in progress, listed when they finish</source>
        <translation>
            <numerusform>%Ln call in progress, listed when they finish</numerusform>
            <numerusform>%Ln calls in progress, listed when they finish</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in progress, listed when they finish</source>
        <translation>
            <numerusform>%Ln more in progress, listed when they finish</numerusform>
            <numerusform>%Ln more in progress, listed when they finish</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::RunEvents</name>
    <message numerus="yes">
        <source>Completed: %Ln call(s) · %1 positive, %2 negative, %3 neutral</source>
        <translation>
            <numerusform>Completed: %Ln call · %1 positive, %2 negative, %3 neutral</numerusform>
            <numerusform>Completed: %Ln calls · %1 positive, %2 negative, %3 neutral</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %Ln call(s)</source>
        <translation>
            <numerusform>Stopped after %1 of %Ln call</numerusform>
            <numerusform>Stopped after %1 of %Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first test call of %Ln is under way</source>
        <translation>
            <numerusform>The first test call of %Ln is under way</numerusform>
            <numerusform>The first test call of %Ln is under way</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln negative call(s)</source>
        <translation>
            <numerusform>%1: %Ln negative call</numerusform>
            <numerusform>%1: %Ln negative calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationActions</name>
    <message numerus="yes">
        <source>%Ln call(s) disconnected</source>
        <translation>
            <numerusform>%Ln call disconnected</numerusform>
            <numerusform>%Ln calls disconnected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending call(s) cancelled</source>
        <translation>
            <numerusform>%Ln pending call cancelled</numerusform>
            <numerusform>%Ln pending calls cancelled</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationBrowser</name>
    <message numerus="yes">
        <source>%Ln simulation(s) loaded</source>
        <translation>
            <numerusform>%Ln simulation loaded</numerusform>
            <numerusform>%Ln simulations loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln simulation(s), %1 loaded</source>
        <translation>
            <numerusform>%Ln simulation, %1 loaded</numerusform>
            <numerusform>%Ln simulations, %1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln shown</numerusform>
            <numerusform>%Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationCommands</name>
    <message numerus="yes">
        <source>The server will make %Ln test call(s).</source>
        <translation>
            <numerusform>The server will make %Ln test call.</numerusform>
            <numerusform>The server will make %Ln test calls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln scenario</numerusform>
            <numerusform>%Ln scenarios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationHeader</name>
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln scenario</numerusform>
            <numerusform>%Ln scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln call</numerusform>
            <numerusform>%Ln calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) per scenario</source>
        <translation>
            <numerusform>%Ln call per scenario</numerusform>
            <numerusform>%Ln calls per scenario</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationStore</name>
    <message numerus="yes">
        <source>%Ln call(s) no longer listed</source>
        <translation>
            <numerusform>%Ln call no longer listed</numerusform>
            <numerusform>%Ln calls no longer listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::TrayIcon</name>
    <message numerus="yes">
        <source>%Ln cannot be fetched</source>
        <translation>
            <numerusform>%Ln cannot be fetched</numerusform>
            <numerusform>%Ln cannot be fetched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln running</numerusform>
            <numerusform>%Ln running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished</source>
        <translation>
            <numerusform>%Ln finished</numerusform>
            <numerusform>%Ln finished</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::UiText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::report</name>
    <message numerus="yes">
        <source>%1 pass · %2 fail · %3 unsure · %4 of %Ln call(s) not judged</source>
        <translation>
            <numerusform>%1 pass · %2 fail · %3 unsure · %4 of %Ln call not judged</numerusform>
            <numerusform>%1 pass · %2 fail · %3 unsure · %4 of %Ln calls not judged</numerusform>
        </translation>
    </message>
</context>
</TS>
