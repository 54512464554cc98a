<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>main</name>
    <message>
        <source>could not start the demo server on a loopback port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export %1: the extension must be .md, .pdf or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulation %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of simulation %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OMNIDIM_API_KEY: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimWatch — demo server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API key from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>try &apos;simwatch --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::ApiClient</name>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. Check the base URL, or whether the service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; could not be found. Check the base URL and your network or VPN connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply was too large (over %1 MiB) and was not downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before its reply was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be decoded (Content-Encoding “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key was rejected. Enter a valid key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This API key is not allowed to do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has nothing at this address (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting requests; SimWatch will try again in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting requests; SimWatch will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server keeps redirecting (a redirect loop; the last hop was to %1). Check the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to an unencrypted address (%1). SimWatch does not follow it, so the API key is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another address (%1). SimWatch does not follow redirects to other servers, so the API key is not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). SimWatch will keep trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::AudioPlayer</name>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in system player</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the recording with the system&apos;s media player or browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the recording: the file cannot be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording is not played here: only http and https addresses are supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output device available: use “Open in system player”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program could be opened for the recording. Its address, to open elsewhere: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audio output device available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::CommandLine</name>
    <message>
        <source>Watch OmniDimension voice-agent simulations live.
The API key is read from the OMNIDIM_API_KEY environment variable or entered in the settings dialog; it is never taken on the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL, e.g. https://backend.omnidim.io/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation id to watch (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls (default 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run without a window; print state to stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless: fetch each simulation once and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless: print JSON Lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch simulations on the built-in demo server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo server clock speed factor (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow a plain http:// base URL to a non-loopback host (sends the key unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit cleanly after this many seconds (for scripted sessions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless: fetch the simulation once and write its review to FILE; the extension picks the format (.md, .pdf, .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two simulations (two ids follow, the earlier run first): fetch both once, print the comparison (or write it with --export) and exit. Implies --headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --compare: the two simulation ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--compare takes two simulation ids, e.g. --compare 456 457.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--once and --json only apply with --headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be combined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--simulation %1: a simulation id is a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poll interval must be a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo-speed must be a number between 0 and 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quit-after takes a whole number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export only applies with --headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export %1: unknown file type; the extension must be .md, .pdf or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export writes one review: give exactly one --simulation ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless needs at least one --simulation ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--headless needs --base-url URL (or --demo).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::Compare</name>
    <message>
        <source>(not computed yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no scenario)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls finished: %1 of %2 -&gt; %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3) -&gt; %4 (%5), %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call duration (median): %1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1: +%2 -%3 =%4 -&gt; +%5 -%6 =%7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::CompareDialog</name>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment of both runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch or open from history a second run to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick two different runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for simulation %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comparison-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .md, .pdf or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch this simulation again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server address and the API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No details were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data below is from the last successful update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::Export</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::FindBar</name>
    <message>
        <source>Find in text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::History</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the history file could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file is damaged or not a SimWatch history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file was written by a newer SimWatch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be updated to this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your note could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run in the history file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n h left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::HistoryDialog</name>
    <message>
        <source>Open from History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last fetched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, agent, status or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history is kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is off for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No runs in the history yet: every run SimWatch watches is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) kept on this computer. An opened run is shown from the history at once and fetched again when the server answers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::MainWindow</name>
    <message>
        <source>⚠ Unencrypted connection: the API key is sent as plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last attempt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call #%1 is not in this run&apos;s list of calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add simulation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch another simulation by its id (Ctrl+N, Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from watch list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop watching the selected simulation (Delete in the list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the selected simulation now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open from &amp;History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a run SimWatch has seen before, even without the server (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected run with another, such as the agent&apos;s previous run (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address, API key and poll interval (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SimWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simu&amp;lations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched simulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment of finished calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No history is kept in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n run(s) kept on this computer? The server keeps its own data; this cannot be undone.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>History forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No progress for %n minute(s): the run may be stuck.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>From history, last fetched %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Polling stopped after the error — F5 tries again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %n s (F5 now)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished — no more polling (F5 fetches again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulation selected.
Add one with Simulation → Add simulation… (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calls (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation &amp;ID (the number in the simulation&apos;s address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SimWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SimWatch %1&lt;/h3&gt;&lt;p&gt;Watches OmniDimension voice-agent simulations live and keeps their results at hand for review.&lt;/p&gt;&lt;p&gt;Dates and times are shown in UTC, as the API sends them without a time zone.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::ProgressChart</name>
    <message>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress over time appears once the run has moved twice while SimWatch watched it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) not run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Finished %1 · In progress %2 · Remaining %3 of %4 call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1 · In progress %2 · Remaining %3 of %4 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first answer from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdicts: %1 pass · %2 fail · %3 unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n call(s) to judge</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>every call judged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulation selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::PromptDiffView</name>
    <message>
        <source>Enhanced prompt suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s prompt as it is now (previous_context in the API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt the server suggests (prompt_breakdown in the API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red: removed from the current prompt.  Green: added by the suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy suggested prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole suggested prompt, section by section, to paste it into the agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt suggestion for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt suggestion has been applied to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prompt suggestion has not been applied to the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (new section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (section removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no prompt sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sections: %2 changed, %3 added, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingDetail</name>
    <message>
        <source>Select a call to see its details and transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play/pause the recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in call details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no details for this call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s), shown above under Transcript</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … %n more characters not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingsPanel</name>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next negative call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous negative call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls have finished yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search transcripts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the calls whose transcript contains this text (Ctrl+F from the calls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sentiments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first answer from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run has not been started: its calls are listed here once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run was stopped before any call finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server lists no calls for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) in progress, listed when they finish</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more in progress, listed when they finish</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::ReviewPanes</name>
    <message>
        <source>S&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went &amp;wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;ggestions for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the text exactly as the server sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in review text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available, but the server sent no text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the run was stopped before its review was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the server has no review text for this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: the run has not been started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being written: the run has finished and its review is being calculated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available yet: written when the run has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to the agent: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to the agent: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied to the agent: no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::RunNoteEditor</name>
    <message>
        <source>Your notes on this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes on this run: what to fix, what to test again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept on this computer with the history, and part of every export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::SafeTextBrowser</name>
    <message>
        <source>Show call #%1 in the calls list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::SecretStore</name>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: the key is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is stored unencrypted, as you asked, in a file only your user account can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key will be stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::SentimentPie</name>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls shown: %1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a slice to filter the calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment pie chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished calls yet — sentiment appears as calls complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment of finished calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Calls: %2 of %3 finished
Share: %4%
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show every call again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to show only these calls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::Session</name>
    <message>
        <source>The key comes from the OMNIDIM_API_KEY environment variable and is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::SettingsCheck</name>
    <message>
        <source>Enter a full address such as https://backend.omnidim.io/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted. Use https://, or start SimWatch with --allow-insecure-http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not put user names or passwords in the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key from your OmniDimension dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OmniDimension API key has at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key contains characters that are not allowed (spaces or non-ASCII).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The poll interval must be between 1 second and 1 hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your OmniDimension dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the key &amp;unencrypted in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file can be read only by your user account, but anyone who gets into that account, or into a backup of your files, can then use this key. Use this only where no system keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often a running simulation is fetched again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running simulation without progress for this long is flagged as possibly stuck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every run kept on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stuck after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History keeps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationActions</name>
    <message>
        <source>The server&apos;s reply could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) disconnected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pending call(s) cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. %1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt suggestions can only be enhanced once the simulation has completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not stop the simulation and gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not enhance the prompt and gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not start the simulation and gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not create the simulation and gave no reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationCommands</name>
    <message>
        <source>&amp;Start…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the selected Draft simulation: the server begins its test calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new simulation with the same agent, scenarios and settings, and start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the selected simulation; calls in progress are disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enhance prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the server for an enhanced prompt and compare it with the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the review as Markdown, PDF or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start this Draft run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a Draft run can be started; use Run again for a run that ran</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new run with the same agent, scenarios and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a run whose agent and scenarios the server has sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the agent&apos;s prompt with the suggested one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available once the run is Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the new run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start simulation “%1”? %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server will make %n test call(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Start simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new simulation like “%1” (agent “%2”, %3, the same settings) and start it? %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1” (#%2) and started it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1” (#%2), but could not start it; it stays a Draft (Simulation ▸ Start… starts it): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop simulation “%1”? Calls in progress will be disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop simulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server for an enhanced prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced prompt received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .md, .pdf or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationHeader</name>
    <message>
        <source>Simulation #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No simulation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) per scenario</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1 min per call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationModel</name>
    <message>
        <source>Simulation #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationStore</name>
    <message>
        <source>progress %1% → %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished calls %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) no longer listed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server now reports less than before: %1. Shown as the server says it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::StatusBadge</name>
    <message>
        <source>%1 · last known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (last known: the server is not answering)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::UiText</name>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creation date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to simulations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer SimWatch cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::VerdictPanel</name>
    <message>
        <source>Your verdict:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did what the scenario expected (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent did not do what the scenario expected (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs another look (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this call (saved as you type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result: not given for this call&apos;s scenario.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::Verdicts</name>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts and notes are kept in the history, which is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdicts and notes cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::WatchListDelegate</name>
    <message>
        <source>Waiting for data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::Watcher</name>
    <message>
        <source>Simulation %1 does not exist, or this API key cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent simulation %1 when simulation %2 was asked for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::headless</name>
    <message>
        <source>#%1 %2: %3, %4% (%5 of %6 calls finished, %7 in progress); sentiment +%8 -%9 =%10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; summary available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1: no data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [error: %1]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::parse</name>
    <message>
        <source>The server&apos;s simulation object has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server replied with a web page instead of JSON data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is a JSON array, not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported a failure without giving a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s reply has no simulation object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>simwatch::report</name>
    <message>
        <source>Simulation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls are listed in either run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimWatch review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls per scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max call duration (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scenarios listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions for improvement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt suggestion applied to the agent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdicts and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulation review exported by SimWatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: the file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SimWatch review — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available, but the server sent no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not provided by the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 pass · %2 fail · %3 unsure · %4 of %n call(s) not judged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished calls yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
