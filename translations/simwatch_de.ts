<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>could not start the demo server on a loopback port.</source>
        <translation>Der Demo-Server konnte auf keinem Loopback-Port gestartet werden.</translation>
    </message>
    <message>
        <source>--export %1: the extension must be .md, .pdf or .json.</source>
        <translation>--export %1: Die Endung muss .md, .pdf oder .json sein.</translation>
    </message>
    <message>
        <source>simulation %1: %2</source>
        <translation>Simulation %1: %2</translation>
    </message>
    <message>
        <source>Review of simulation %1 written to %2</source>
        <translation>Review der Simulation %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Comparison written to %1</source>
        <translation>Vergleich nach %1 geschrieben</translation>
    </message>
    <message>
        <source>OMNIDIM_API_KEY: %1</source>
        <translation>OMNIDIM_API_KEY: %1</translation>
    </message>
    <message>
        <source>SimWatch — demo server</source>
        <translation>SimWatch — Demo-Server</translation>
    </message>
    <message>
        <source>Reading the API key from the system keychain…</source>
        <translation>API-Schlüssel wird aus dem Systemschlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>try &apos;simwatch --help&apos;.</source>
        <translation>Siehe &apos;simwatch --help&apos;.</translation>
    </message>
    <message>
        <source>the list of simulations: %1</source>
        <translation>die Liste der Simulationen: %1</translation>
    </message>
</context>
<context>
    <name>simwatch::AddSimulationDialog</name>
    <message>
        <source>Add simulation</source>
        <translation>Simulation hinzufügen</translation>
    </message>
    <message>
        <source>Simulation &amp;id or link:</source>
        <translation>Simulations-&amp;ID oder Link:</translation>
    </message>
    <message>
        <source>456 or https://www.omnidim.io/simulations/456</source>
        <translation>456 oder https://www.omnidim.io/simulations/456</translation>
    </message>
    <message>
        <source>Simulation id or link</source>
        <translation>Simulations-ID oder Link</translation>
    </message>
    <message>
        <source>Type or paste the simulation&apos;s id or its address from the web app.</source>
        <translation>Geben Sie die ID der Simulation oder ihre Adresse aus der Web-App ein oder fügen Sie sie ein.</translation>
    </message>
    <message>
        <source>Not a simulation id or link</source>
        <translation>Keine Simulations-ID und kein Link</translation>
    </message>
    <message>
        <source>Already watched — select it instead</source>
        <translation>Wird schon beobachtet — stattdessen auswählen</translation>
    </message>
    <message>
        <source>Adds simulation #%1 to the watch list.</source>
        <translation>Fügt Simulation #%1 der Beobachtungsliste hinzu.</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>Aus&amp;wählen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
</context>
<context>
    <name>simwatch::ApiClient</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln Sekunde</numerusform>
            <numerusform>%Ln Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln Minute</numerusform>
            <numerusform>%Ln Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. Check the base URL, or whether the service is running.</source>
        <translation>Der Server unter %1 hat die Verbindung abgelehnt. Prüfen Sie die Basis-URL und ob der Dienst läuft.</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; could not be found. Check the base URL and your network or VPN connection.</source>
        <translation>Der Servername „%1“ wurde nicht gefunden. Prüfen Sie die Basis-URL und Ihre Netzwerk- oder VPN-Verbindung.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1.</translation>
    </message>
    <message>
        <source>The server&apos;s reply was too large (over %1 MiB) and was not downloaded.</source>
        <translation>Die Antwort des Servers war zu groß (über %1 MiB) und wurde nicht geladen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server closed the connection before its reply was complete.</source>
        <translation>Der Server hat die Verbindung vor dem Ende seiner Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The network request to %1 failed: %2</source>
        <translation>Die Netzwerkanfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be decoded (Content-Encoding “%1”).</source>
        <translation>Die Antwort des Servers konnte nicht dekodiert werden (Content-Encoding „%1“).</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Der Server meldet: „%2“</translation>
    </message>
    <message>
        <source>The API key was rejected. Enter a valid key in Settings.</source>
        <translation>Der API-Schlüssel wurde abgelehnt. Geben Sie in den Einstellungen einen gültigen Schlüssel ein.</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that.</source>
        <translation>Dieser API-Schlüssel darf das nicht.</translation>
    </message>
    <message>
        <source>The server has nothing at this address (HTTP 404).</source>
        <translation>Unter dieser Adresse hat der Server nichts (HTTP 404).</translation>
    </message>
    <message>
        <source>The server is limiting requests; SimWatch will try again in %1.</source>
        <translation>Der Server drosselt Anfragen; SimWatch versucht es in %1 erneut.</translation>
    </message>
    <message>
        <source>The server is limiting requests; SimWatch will try again shortly.</source>
        <translation>Der Server drosselt Anfragen; SimWatch versucht es gleich erneut.</translation>
    </message>
    <message>
        <source>The server keeps redirecting (a redirect loop; the last hop was to %1). Check the base URL.</source>
        <translation>Der Server leitet immer wieder um (Umleitungsschleife; zuletzt nach %1). Prüfen Sie die Basis-URL.</translation>
    </message>
    <message>
        <source>The server redirected to an unencrypted address (%1). SimWatch does not follow it, so the API key is not sent there.</source>
        <translation>Der Server hat auf eine unverschlüsselte Adresse umgeleitet (%1). SimWatch folgt dem nicht, damit der API-Schlüssel nicht dorthin gesendet wird.</translation>
    </message>
    <message>
        <source>The server redirected to another address (%1). SimWatch does not follow redirects to other servers, so the API key is not sent there.</source>
        <translation>Der Server hat auf eine andere Adresse umgeleitet (%1). SimWatch folgt keinen Umleitungen zu anderen Servern, damit der API-Schlüssel nicht dorthin gesendet wird.</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). SimWatch will keep trying.</source>
        <translation>Der Server hatte ein internes Problem (HTTP %1). SimWatch versucht es weiter.</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>Der Server hat mit HTTP %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>simwatch::AudioPlayer</name>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>Position in der Aufnahme</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Open in system player</source>
        <translation>Im Systemplayer öffnen</translation>
    </message>
    <message>
        <source>Open the recording with the system&apos;s media player or browser</source>
        <translation>Die Aufnahme mit dem Mediaplayer oder Browser des Systems öffnen</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Could not load the recording: the file cannot be played.</source>
        <translation>Die Aufnahme konnte nicht geladen werden: Die Datei lässt sich nicht abspielen.</translation>
    </message>
    <message>
        <source>Could not load the recording: %1</source>
        <translation>Die Aufnahme konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>This recording is not played here: only http and https addresses are supported.</source>
        <translation>Diese Aufnahme wird hier nicht abgespielt: Nur http- und https-Adressen werden unterstützt.</translation>
    </message>
    <message>
        <source>No audio output device available: use “Open in system player”.</source>
        <translation>Kein Audioausgabegerät verfügbar: Verwenden Sie „Im Systemplayer öffnen“.</translation>
    </message>
    <message>
        <source>No program could be opened for the recording. Its address, to open elsewhere: %1</source>
        <translation>Kein Programm konnte die Aufnahme öffnen. Ihre Adresse, um sie anderswo zu öffnen: %1</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No audio output device available</source>
        <translation>Kein Audioausgabegerät verfügbar</translation>
    </message>
</context>
<context>
    <name>simwatch::CommandLine</name>
    <message>
        <source>Watch OmniDimension voice-agent simulations live.
The API key is read from the OMNIDIM_API_KEY environment variable or entered in the settings dialog; it is never taken on the command line.</source>
        <translation>OmniDimension-Sprachagenten-Simulationen live beobachten.
Der API-Schlüssel wird aus der Umgebungsvariable OMNIDIM_API_KEY gelesen oder im Einstellungsdialog eingegeben; auf der Befehlszeile wird er nie angenommen.</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://backend.omnidim.io/api/v1.</source>
        <translation>API-Basis-URL, z. B. https://backend.omnidim.io/api/v1.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Simulation id to watch (repeatable).</source>
        <translation>Zu beobachtende Simulations-ID (mehrfach möglich).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Seconds between polls (default 3).</source>
        <translation>Sekunden zwischen Abfragen (Standard 3).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <source>Run without a window; print state to stdout.</source>
        <translation>Ohne Fenster ausführen; Zustand auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Headless: fetch each simulation once and exit.</source>
        <translation>Headless: Jede Simulation einmal abrufen und beenden.</translation>
    </message>
    <message>
        <source>Headless: print JSON Lines.</source>
        <translation>Headless: JSON Lines ausgeben.</translation>
    </message>
    <message>
        <source>Watch simulations on the built-in demo server.</source>
        <translation>Simulationen auf dem eingebauten Demo-Server beobachten.</translation>
    </message>
    <message>
        <source>Demo server clock speed factor (default 1).</source>
        <translation>Uhrfaktor des Demo-Servers (Standard 1).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>faktor</translation>
    </message>
    <message>
        <source>Allow a plain http:// base URL to a non-loopback host (sends the key unencrypted).</source>
        <translation>Eine unverschlüsselte http://-Basis-URL zu einem Nicht-Loopback-Host erlauben (sendet den Schlüssel unverschlüsselt).</translation>
    </message>
    <message>
        <source>Quit cleanly after this many seconds (for scripted sessions).</source>
        <translation>Nach so vielen Sekunden sauber beenden (für skriptgesteuerte Sitzungen).</translation>
    </message>
    <message>
        <source>Headless: fetch the simulation once and write its review to FILE; the extension picks the format (.md, .pdf, .json).</source>
        <translation>Headless: Die Simulation einmal abrufen und ihr Review in DATEI schreiben; die Endung bestimmt das Format (.md, .pdf, .json).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Compare two simulations (two ids follow, the earlier run first): fetch both once, print the comparison (or write it with --export) and exit. Implies --headless.</source>
        <translation>Zwei Simulationen vergleichen (zwei IDs folgen, der frühere Lauf zuerst): beide einmal abrufen, den Vergleich ausgeben (oder mit --export schreiben) und beenden. Impliziert --headless.</translation>
    </message>
    <message>
        <source>With --compare: the two simulation ids.</source>
        <translation>Mit --compare: die beiden Simulations-IDs.</translation>
    </message>
    <message>
        <source>--compare takes two simulation ids, e.g. --compare 456 457.</source>
        <translation>--compare erwartet zwei Simulations-IDs, z. B. --compare 456 457.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--once and --json only apply with --headless.</source>
        <translation>--once und --json gelten nur mit --headless.</translation>
    </message>
    <message>
        <source>--base-url %1: %2</source>
        <translation>--base-url %1: %2</translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be combined.</source>
        <translation>--demo und --base-url können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>--simulation %1: a simulation id is a positive whole number.</source>
        <translation>--simulation %1: Eine Simulations-ID ist eine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>The poll interval must be a whole number of seconds.</source>
        <translation>Das Abfrageintervall muss eine ganze Zahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>--interval %1: %2</source>
        <translation>--interval %1: %2</translation>
    </message>
    <message>
        <source>--demo-speed must be a number between 0 and 10000.</source>
        <translation>--demo-speed muss eine Zahl zwischen 0 und 10000 sein.</translation>
    </message>
    <message>
        <source>--quit-after takes a whole number of seconds.</source>
        <translation>--quit-after erwartet eine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <source>--export only applies with --headless.</source>
        <translation>--export gilt nur mit --headless.</translation>
    </message>
    <message>
        <source>--export %1: unknown file type; the extension must be .md, .pdf or .json.</source>
        <translation>--export %1: unbekannter Dateityp; die Endung muss .md, .pdf oder .json sein.</translation>
    </message>
    <message>
        <source>--export writes one review: give exactly one --simulation ID.</source>
        <translation>--export schreibt ein Review: Geben Sie genau eine --simulation ID an.</translation>
    </message>
    <message>
        <source>--headless needs at least one --simulation ID.</source>
        <translation>--headless braucht mindestens eine --simulation ID.</translation>
    </message>
    <message>
        <source>--headless needs --base-url URL (or --demo).</source>
        <translation>--headless braucht --base-url URL (oder --demo).</translation>
    </message>
    <message>
        <source>Print the account&apos;s simulations, newest first, one line each (JSON Lines with --json), and exit. Implies --headless.</source>
        <translation>Die Simulationen des Kontos ausgeben, neueste zuerst, eine pro Zeile (JSON Lines mit --json), und beenden. Impliziert --headless.</translation>
    </message>
    <message>
        <source>With --list: only the first N pages of %1 simulations (default: all).</source>
        <translation>Mit --list: nur die ersten N Seiten zu je %1 Simulationen (Standard: alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--pages only applies with --list.</source>
        <translation>--pages gilt nur mit --list.</translation>
    </message>
    <message>
        <source>--pages takes a whole number of pages, 1 or more.</source>
        <translation>--pages erwartet eine ganze Zahl von Seiten, mindestens 1.</translation>
    </message>
    <message>
        <source>--list cannot be combined with --simulation, --compare or --export.</source>
        <translation>--list kann nicht mit --simulation, --compare oder --export kombiniert werden.</translation>
    </message>
</context>
<context>
    <name>simwatch::Compare</name>
    <message>
        <source>(not computed yet)</source>
        <translation>(noch nicht berechnet)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>(no scenario)</source>
        <translation>(kein Szenario)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Suggestions for improvement</source>
        <translation>Verbesserungsvorschläge</translation>
    </message>
    <message>
        <source>Prompt suggestion</source>
        <translation>Prompt-Vorschlag</translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4)</source>
        <translation>#%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After:  %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>Calls finished: %1 of %2 -&gt; %3 of %4</source>
        <translation>Beendete Anrufe: %1 von %2 -&gt; %3 von %4</translation>
    </message>
    <message>
        <source>%1: %2 (%3) -&gt; %4 (%5), %6</source>
        <translation>%1: %2 (%3) -&gt; %4 (%5), %6</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Call duration (median): %1 -&gt; %2</source>
        <translation>Anrufdauer (Median): %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Scenario %1: +%2 -%3 =%4 -&gt; +%5 -%6 =%7</source>
        <translation>Szenario %1: +%2 -%3 =%4 -&gt; +%5 -%6 =%7</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1: geändert</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: unverändert</translation>
    </message>
</context>
<context>
    <name>simwatch::CompareDialog</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Sentiment of both runs</source>
        <translation>Stimmung beider Läufe</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation>Simulation #%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>&amp;Vorher:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Nachher:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Watch or open from history a second run to compare with.</source>
        <translation>Beobachten Sie einen zweiten Lauf oder öffnen Sie ihn aus dem Verlauf, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Pick two different runs.</source>
        <translation>Wählen Sie zwei verschiedene Läufe.</translation>
    </message>
    <message>
        <source>No data for simulation %1 yet.</source>
        <translation>Noch keine Daten für Simulation %1.</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>comparison-%1-%2</source>
        <translation>vergleich-%1-%2</translation>
    </message>
    <message>
        <source>Choose a file name ending in .md, .pdf or .json.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .md, .pdf oder .json.</translation>
    </message>
    <message>
        <source>Comparison saved to %1</source>
        <translation>Vergleich gespeichert in %1</translation>
    </message>
    <message>
        <source>%1 · created %2</source>
        <translation>%1 · erstellt %2</translation>
    </message>
</context>
<context>
    <name>simwatch::DateText</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>simwatch::DesktopNotifier</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>simwatch::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Fetch this simulation again now</source>
        <translation>Diese Simulation jetzt erneut abrufen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Eins&amp;tellungen…</translation>
    </message>
    <message>
        <source>Check the server address and the API key</source>
        <translation>Serveradresse und API-Schlüssel prüfen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>No details were given.</source>
        <translation>Keine Details angegeben.</translation>
    </message>
    <message>
        <source>The data below is from the last successful update.</source>
        <translation>Die Daten unten stammen von der letzten erfolgreichen Aktualisierung.</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Stop watching this simulation (Ctrl+Z brings it back)</source>
        <translation>Diese Simulation nicht mehr beobachten (Strg+Z holt sie zurück)</translation>
    </message>
</context>
<context>
    <name>simwatch::Export</name>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>simwatch::FindBar</name>
    <message>
        <source>Find in text…</source>
        <translation>Im Text suchen…</translation>
    </message>
    <message>
        <source>Find in text</source>
        <translation>Im Text suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%1 von mehr als %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>simwatch::History</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The history file could not be read or written.</source>
        <translation>Die Verlaufsdatei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The folder for the history file could not be created.</source>
        <translation>Der Ordner für die Verlaufsdatei konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The history file could not be opened.</source>
        <translation>Die Verlaufsdatei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The history file is damaged or not a SimWatch history.</source>
        <translation>Die Verlaufsdatei ist beschädigt oder kein SimWatch-Verlauf.</translation>
    </message>
    <message>
        <source>The history file was written by a newer SimWatch.</source>
        <translation>Die Verlaufsdatei stammt von einer neueren SimWatch-Version.</translation>
    </message>
    <message>
        <source>The history file could not be updated to this version.</source>
        <translation>Die Verlaufsdatei konnte nicht auf diese Version aktualisiert werden.</translation>
    </message>
    <message>
        <source>The history file could not be written.</source>
        <translation>Die Verlaufsdatei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Your verdict could not be saved.</source>
        <translation>Ihre Bewertung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Your note could not be saved.</source>
        <translation>Ihre Notiz konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The history file could not be read.</source>
        <translation>Die Verlaufsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A run in the history file could not be read.</source>
        <translation>Ein Lauf in der Verlaufsdatei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>weniger als eine Minute übrig</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min left</source>
        <translation>
            <numerusform>noch etwa %Ln Min.</numerusform>
            <numerusform>noch etwa %Ln Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln h left</source>
        <translation>
            <numerusform>noch etwa %Ln Std.</numerusform>
            <numerusform>noch etwa %Ln Std.</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 Std. %2 Min.</translation>
    </message>
</context>
<context>
    <name>simwatch::HistoryDialog</name>
    <message>
        <source>Open from History</source>
        <translation>Aus dem Verlauf öffnen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation>Simulation #%1</translation>
    </message>
    <message>
        <source>Filter by name, agent, status or id</source>
        <translation>Nach Name, Agent, Status oder ID filtern</translation>
    </message>
    <message>
        <source>Filter the runs</source>
        <translation>Läufe filtern</translation>
    </message>
    <message>
        <source>Runs in the history</source>
        <translation>Läufe im Verlauf</translation>
    </message>
    <message>
        <source>No history is kept: %1</source>
        <translation>Es wird kein Verlauf geführt: %1</translation>
    </message>
    <message>
        <source>it is off for this session.</source>
        <translation>er ist für diese Sitzung ausgeschaltet.</translation>
    </message>
    <message>
        <source>No runs in the history yet: every run SimWatch watches is kept here.</source>
        <translation>Noch keine Läufe im Verlauf: Jeder Lauf, den SimWatch beobachtet, wird hier aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) kept on this computer. An opened run is shown from the history at once and fetched again when the server answers.</source>
        <translation>
            <numerusform>%Ln Lauf auf diesem Computer gespeichert. Ein geöffneter Lauf wird sofort aus dem Verlauf angezeigt und neu abgerufen, sobald der Server antwortet.</numerusform>
            <numerusform>%Ln Läufe auf diesem Computer gespeichert. Ein geöffneter Lauf wird sofort aus dem Verlauf angezeigt und neu abgerufen, sobald der Server antwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last fetched (UTC)</source>
        <translation>Zuletzt abgerufen (UTC)</translation>
    </message>
</context>
<context>
    <name>simwatch::MainWindow</name>
    <message>
        <source>⚠ Unencrypted connection: the API key is sent as plain text</source>
        <translation>⚠ Unverschlüsselte Verbindung: Der API-Schlüssel wird im Klartext gesendet</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>Vor %1 aktualisiert</translation>
    </message>
    <message>
        <source>last attempt failed</source>
        <translation>letzter Versuch fehlgeschlagen</translation>
    </message>
    <message>
        <source>Call #%1 is not in this run&apos;s list of calls.</source>
        <translation>Anruf #%1 ist nicht in der Anrufliste dieses Laufs.</translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation>Verlauf ist aus: %1</translation>
    </message>
    <message>
        <source>&amp;Add simulation…</source>
        <translation>Simulation &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move from watch list</source>
        <translation>Aus der Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the selected simulation now (F5)</source>
        <translation>Die ausgewählte Simulation jetzt abrufen (F5)</translation>
    </message>
    <message>
        <source>Open from &amp;History…</source>
        <translation>Aus dem &amp;Verlauf öffnen…</translation>
    </message>
    <message>
        <source>Show a run SimWatch has seen before, even without the server (Ctrl+H)</source>
        <translation>Einen bereits gesehenen Lauf anzeigen, auch ohne Server (Strg+H)</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>Ver&amp;gleichen mit…</translation>
    </message>
    <message>
        <source>Compare the selected run with another, such as the agent&apos;s previous run (Ctrl+K)</source>
        <translation>Den ausgewählten Lauf mit einem anderen vergleichen, etwa dem vorigen Lauf des Agenten (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Server address, API key and poll interval (Ctrl+,)</source>
        <translation>Serveradresse, API-Schlüssel und Abfrageintervall (Strg+,)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About SimWatch</source>
        <translation>&amp;Über SimWatch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>&amp;Simulation</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Simu&amp;lations</source>
        <translation>Simu&amp;lationen</translation>
    </message>
    <message>
        <source>Watched simulations</source>
        <translation>Beobachtete Simulationen</translation>
    </message>
    <message>
        <source>Sentiment of finished calls</source>
        <translation>Stimmung der Anrufe</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>A&amp;nrufe</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Forget History</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <source>No history is kept in this session.</source>
        <translation>In dieser Sitzung wird kein Verlauf geführt.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln run(s) kept on this computer? The server keeps its own data; this cannot be undone.</source>
        <translation>
            <numerusform>Den %Ln auf diesem Computer gespeicherten Lauf löschen? Der Server behält seine eigenen Daten; dies lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>Die %Ln auf diesem Computer gespeicherten Läufe löschen? Der Server behält seine eigenen Daten; dies lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>History forgotten.</source>
        <translation>Verlauf gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>No progress for %Ln minute(s): the run may be stuck.</source>
        <translation>
            <numerusform>Seit %Ln Minute kein Fortschritt: Der Lauf hängt möglicherweise.</numerusform>
            <numerusform>Seit %Ln Minuten kein Fortschritt: Der Lauf hängt möglicherweise.</numerusform>
        </translation>
    </message>
    <message>
        <source>From history, last fetched %1</source>
        <translation>Aus dem Verlauf, zuletzt abgerufen %1</translation>
    </message>
    <message>
        <source>Never updated</source>
        <translation>Nie aktualisiert</translation>
    </message>
    <message>
        <source>Polling every %1 s</source>
        <translation>Abfrage alle %1 s</translation>
    </message>
    <message>
        <source>Polling stopped after the error — F5 tries again</source>
        <translation>Abfrage nach dem Fehler gestoppt — F5 versucht es erneut</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %Ln s (F5 now)</source>
        <translation>
            <numerusform>Neuer Versuch in %Ln s (F5: jetzt)</numerusform>
            <numerusform>Neuer Versuch in %Ln s (F5: jetzt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now…</source>
        <translation>Neuer Versuch läuft…</translation>
    </message>
    <message>
        <source>Run finished — no more polling (F5 fetches again)</source>
        <translation>Lauf beendet — keine Abfragen mehr (F5 ruft erneut ab)</translation>
    </message>
    <message>
        <source>SimWatch</source>
        <translation>SimWatch</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No simulation selected.
Add one with Simulation → Add simulation… (Ctrl+N).</source>
        <translation>Keine Simulation ausgewählt.
Fügen Sie eine hinzu mit Simulation → Simulation hinzufügen… (Strg+N).</translation>
    </message>
    <message>
        <source>&amp;Calls (%1)</source>
        <translation>A&amp;nrufe (%1)</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>development build</source>
        <translation>Entwicklungsversion</translation>
    </message>
    <message>
        <source>About SimWatch</source>
        <translation>Über SimWatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SimWatch %1&lt;/h3&gt;&lt;p&gt;Watches OmniDimension voice-agent simulations live and keeps their results at hand for review.&lt;/p&gt;&lt;p&gt;Dates and times are shown in UTC, as the API sends them without a time zone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SimWatch %1&lt;/h3&gt;&lt;p&gt;Beobachtet OmniDimension-Sprachagenten-Simulationen live und hält ihre Ergebnisse für das Review bereit.&lt;/p&gt;&lt;p&gt;Datum und Uhrzeit werden in UTC angezeigt, da die API sie ohne Zeitzone sendet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Watch another simulation by its id or its link from the web app (Ctrl+N, Insert)</source>
        <translation>Eine weitere Simulation über ihre ID oder ihren Link aus der Web-App beobachten (Strg+N, Einfg)</translation>
    </message>
    <message>
        <source>Stop watching the selected simulation (Delete in the list; Ctrl+Z brings it back)</source>
        <translation>Die ausgewählte Simulation nicht mehr beobachten (Entf in der Liste; Strg+Z holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>Entfernen rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Keep watching in the tray?</source>
        <translation>Im Infobereich weiter beobachten?</translation>
    </message>
    <message>
        <source>When the window is closed, SimWatch can go on watching in the system tray and tell you when runs end. Quit from the tray&apos;s menu or File ▸ Quit.

Keep watching in the tray?</source>
        <translation>Wenn das Fenster geschlossen wird, kann SimWatch im Infobereich der Taskleiste weiter beobachten und Ihnen sagen, wenn Läufe enden. Beenden über das Menü im Infobereich oder Datei ▸ Beenden.

Im Infobereich weiter beobachten?</translation>
    </message>
    <message numerus="yes">
        <source>Your verdicts and notes on %Ln run(s) are deleted too.</source>
        <translation>
            <numerusform>Ihre Bewertungen und Notizen zu %Ln Lauf werden ebenfalls gelöscht.</numerusform>
            <numerusform>Ihre Bewertungen und Notizen zu %Ln Läufen werden ebenfalls gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Put the run back where it was (%1)</source>
        <translation>Den Lauf wieder an seinen Platz setzen (%1)</translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation>Simulation #%1</translation>
    </message>
    <message>
        <source>&amp;Undo Remove “%1”</source>
        <translation>Entfernen von „%1“ rückgängig &amp;machen</translation>
    </message>
    <message>
        <source>Removed “%1”</source>
        <translation>„%1“ entfernt</translation>
    </message>
    <message>
        <source>“%1” is back in the watch list.</source>
        <translation>„%1“ ist wieder in der Beobachtungsliste.</translation>
    </message>
    <message>
        <source>All simulations</source>
        <translation>Alle Simulationen</translation>
    </message>
    <message>
        <source>Simulations &amp;browser</source>
        <translation>Simulations-&amp;Browser</translation>
    </message>
    <message>
        <source>Show or hide every simulation of the account</source>
        <translation>Alle Simulationen des Kontos zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>The sentiment of the finished calls and the progress over time, one tab each</source>
        <translation>Die Stimmung der beendeten Anrufe und der Fortschritt über die Zeit, je ein Tab</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>simwatch::NumberText</name>
    <message>
        <source>%1%</source>
        <extracomment>A share or progress in percent; German writes a space before the sign (&quot;42 %&quot;).</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>simwatch::ProgressChart</name>
    <message>
        <source>Progress (%)</source>
        <translation>Fortschritt (%)</translation>
    </message>
    <message>
        <source>Finished calls</source>
        <translation>Beendete Anrufe</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Fortschritt über Zeit</translation>
    </message>
    <message>
        <source>Progress over time appears once the run has moved twice while SimWatch watched it.</source>
        <translation>Der Fortschritt über Zeit erscheint, sobald sich der Lauf zweimal bewegt hat, während SimWatch ihn beobachtet.</translation>
    </message>
    <message>
        <source>From %1 to %2 (UTC): progress %3 to %4, finished calls %5 to %6</source>
        <translation>Von %1 bis %2 (UTC): Fortschritt %3 auf %4, beendete Anrufe %5 auf %6</translation>
    </message>
</context>
<context>
    <name>simwatch::ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %Ln call(s)</source>
        <translation>
            <numerusform>Gestoppt nach %1 von %Ln Anruf</numerusform>
            <numerusform>Gestoppt nach %1 von %Ln Anrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) not run</source>
        <translation>
            <numerusform>%Ln Anruf nicht ausgeführt</numerusform>
            <numerusform>%Ln Anrufe nicht ausgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished %1 · In progress %2 · Remaining %3 of %4 call</source>
        <translation>Beendet %1 · Laufend %2 · Offen %3 von %4 Anruf</translation>
    </message>
    <message>
        <source>Finished %1 · In progress %2 · Remaining %3 of %4 calls</source>
        <translation>Beendet %1 · Laufend %2 · Offen %3 von %4 Anrufen</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 aktiv</translation>
    </message>
    <message>
        <source>Waiting for the first answer from the server…</source>
        <translation>Warte auf die erste Antwort des Servers…</translation>
    </message>
    <message>
        <source>Your verdicts: %1 pass · %2 fail · %3 unsure</source>
        <translation>Ihre Bewertungen: %1 bestanden · %2 nicht bestanden · %3 unsicher</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s) to judge</source>
        <translation>
            <numerusform>%1 von %Ln Anruf zu bewerten</numerusform>
            <numerusform>%1 von %Ln Anrufen zu bewerten</numerusform>
        </translation>
    </message>
    <message>
        <source>every call judged</source>
        <translation>jeder Anruf bewertet</translation>
    </message>
    <message>
        <source>No simulation selected</source>
        <translation>Keine Simulation ausgewählt</translation>
    </message>
</context>
<context>
    <name>simwatch::PromptDiffView</name>
    <message>
        <source>Enhanced prompt suggestion</source>
        <translation>Verbesserter Prompt-Vorschlag</translation>
    </message>
    <message>
        <source>Current prompt</source>
        <translation>Aktueller Prompt</translation>
    </message>
    <message>
        <source>Suggested prompt</source>
        <translation>Vorgeschlagener Prompt</translation>
    </message>
    <message>
        <source>The agent&apos;s prompt as it is now (previous_context in the API)</source>
        <translation>Der Prompt des Agenten in seiner jetzigen Form (previous_context in der API)</translation>
    </message>
    <message>
        <source>The prompt the server suggests (prompt_breakdown in the API)</source>
        <translation>Der vom Server vorgeschlagene Prompt (prompt_breakdown in der API)</translation>
    </message>
    <message>
        <source>Red: removed from the current prompt.  Green: added by the suggestion.</source>
        <translation>Rot: aus dem aktuellen Prompt entfernt.  Grün: vom Vorschlag hinzugefügt.</translation>
    </message>
    <message>
        <source>&amp;Copy suggested prompt</source>
        <translation>Vorgeschlagenen Prompt &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the whole suggested prompt, section by section, to paste it into the agent</source>
        <translation>Den ganzen vorgeschlagenen Prompt Abschnitt für Abschnitt kopieren, um ihn in den Agenten einzufügen</translation>
    </message>
    <message>
        <source>Prompt suggestion for “%1”</source>
        <translation>Prompt-Vorschlag für „%1“</translation>
    </message>
    <message>
        <source>The prompt suggestion has been applied to the agent.</source>
        <translation>Der Prompt-Vorschlag wurde auf den Agenten angewendet.</translation>
    </message>
    <message>
        <source>The prompt suggestion has not been applied to the agent.</source>
        <translation>Der Prompt-Vorschlag wurde nicht auf den Agenten angewendet.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source> (unchanged)</source>
        <translation> (unverändert)</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <source> (new section)</source>
        <translation> (neuer Abschnitt)</translation>
    </message>
    <message>
        <source> (section removed)</source>
        <translation> (Abschnitt entfernt)</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Abschnitt ohne Titel</translation>
    </message>
    <message>
        <source>The server sent no prompt sections.</source>
        <translation>Der Server hat keine Prompt-Abschnitte gesendet.</translation>
    </message>
    <message>
        <source>%1 sections: %2 changed, %3 added, %4 removed.</source>
        <translation>%1 Abschnitte: %2 geändert, %3 hinzugefügt, %4 entfernt.</translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingDetail</name>
    <message>
        <source>Select a call to see its details and transcript</source>
        <translation>Wählen Sie einen Anruf, um Details und Transkript zu sehen</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>Anrufdetails</translation>
    </message>
    <message>
        <source>Play/pause the recording</source>
        <translation>Aufnahme abspielen/anhalten</translation>
    </message>
    <message>
        <source>Find in call details</source>
        <translation>In Anrufdetails suchen</translation>
    </message>
    <message>
        <source>Call #%1</source>
        <translation>Anruf #%1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>voice %1</source>
        <translation>Stimme %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation>Kein Transkript</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>The server sent no details for this call.</source>
        <translation>Der Server hat keine Details zu diesem Anruf gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s), shown above under Transcript</source>
        <translation>
            <numerusform>%Ln Redebeitrag, oben unter Transkript gezeigt</numerusform>
            <numerusform>%Ln Redebeiträge, oben unter Transkript gezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … %Ln more characters not shown</source>
        <translation>
            <numerusform> … %Ln weiteres Zeichen nicht angezeigt</numerusform>
            <numerusform> … %Ln weitere Zeichen nicht angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingsFilter</name>
    <message>
        <source>Sort by %1 (%2; again for the reverse order)</source>
        <translation>Nach %1 sortieren (%2; erneut für umgekehrte Reihenfolge)</translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingsPanel</name>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Next negative call</source>
        <translation>Nächster negativer Anruf</translation>
    </message>
    <message>
        <source>Previous negative call</source>
        <translation>Vorheriger negativer Anruf</translation>
    </message>
    <message>
        <source>Search transcripts</source>
        <translation>Transkripte durchsuchen</translation>
    </message>
    <message>
        <source>No calls have finished yet</source>
        <translation>Noch keine Anrufe beendet</translation>
    </message>
    <message>
        <source>Search transcripts…</source>
        <translation>Transkripte durchsuchen…</translation>
    </message>
    <message>
        <source>Shows only the calls whose transcript contains this text (Ctrl+F from the calls)</source>
        <translation>Zeigt nur die Anrufe, deren Transkript diesen Text enthält (Strg+F in den Anrufen)</translation>
    </message>
    <message>
        <source>All sentiments</source>
        <translation>Alle Stimmungen</translation>
    </message>
    <message>
        <source>Sentiment filter</source>
        <translation>Stimmungsfilter</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>Alle Szenarien</translation>
    </message>
    <message>
        <source>Scenario filter</source>
        <translation>Szenariofilter</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>Alle Bewertungen</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>Bewertungsfilter</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>Noch nicht bewertet</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every call again</source>
        <translation>Wieder alle Anrufe zeigen</translation>
    </message>
    <message>
        <source>No simulation selected</source>
        <translation>Keine Simulation ausgewählt</translation>
    </message>
    <message>
        <source>Waiting for the first answer from the server…</source>
        <translation>Warte auf die erste Antwort des Servers…</translation>
    </message>
    <message>
        <source>This run has not been started: its calls are listed here once it runs.</source>
        <translation>Dieser Lauf wurde nicht gestartet: Seine Anrufe erscheinen hier, sobald er läuft.</translation>
    </message>
    <message>
        <source>The run was stopped before any call finished.</source>
        <translation>Der Lauf wurde gestoppt, bevor ein Anruf beendet war.</translation>
    </message>
    <message>
        <source>The server lists no calls for this run.</source>
        <translation>Der Server listet keine Anrufe für diesen Lauf.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) in progress, listed when they finish</source>
        <translation>
            <numerusform>%Ln Anruf läuft, erscheint nach dem Ende</numerusform>
            <numerusform>%Ln Anrufe laufen, erscheinen nach dem Ende</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 calls</source>
        <translation>%1 von %2 Anrufen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in progress, listed when they finish</source>
        <translation>
            <numerusform>%Ln weiterer läuft noch</numerusform>
            <numerusform>%Ln weitere laufen noch</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>&amp;Sort calls by</source>
        <translation>Anrufe &amp;sortieren nach</translation>
    </message>
    <message>
        <source>Calls sorted by %1, ascending</source>
        <translation>Anrufe nach %1 sortiert, aufsteigend</translation>
    </message>
    <message>
        <source>Calls sorted by %1, descending</source>
        <translation>Anrufe nach %1 sortiert, absteigend</translation>
    </message>
    <message>
        <source>No negative call among the calls shown</source>
        <translation>Kein negativer Anruf unter den angezeigten Anrufen</translation>
    </message>
    <message>
        <source>No further negative call</source>
        <translation>Kein weiterer negativer Anruf</translation>
    </message>
    <message>
        <source>No earlier negative call</source>
        <translation>Kein früherer negativer Anruf</translation>
    </message>
</context>
<context>
    <name>simwatch::ReviewPanes</name>
    <message>
        <source>S&amp;ummary</source>
        <translation>&amp;Zusammenfassung</translation>
    </message>
    <message>
        <source>What went &amp;wrong</source>
        <translation>&amp;Was schiefging</translation>
    </message>
    <message>
        <source>Su&amp;ggestions for improvement</source>
        <translation>&amp;Verbesserungsvorschläge</translation>
    </message>
    <message>
        <source>&amp;Prompt suggestion</source>
        <translation>&amp;Prompt-Vorschlag</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the text exactly as the server sent it</source>
        <translation>Den Text genau so kopieren, wie der Server ihn gesendet hat</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>&amp;Your notes</source>
        <translation>&amp;Eigene Notizen</translation>
    </message>
    <message>
        <source>Find in review text</source>
        <translation>Im Review-Text suchen</translation>
    </message>
    <message>
        <source>Available, but the server sent no text</source>
        <translation>Verfügbar, aber der Server hat keinen Text gesendet</translation>
    </message>
    <message>
        <source>Not available: the run was stopped before its review was written</source>
        <translation>Nicht verfügbar: Der Lauf wurde gestoppt, bevor sein Review geschrieben war</translation>
    </message>
    <message>
        <source>Not available: the server has no review text for this run</source>
        <translation>Nicht verfügbar: Der Server hat keinen Review-Text für diesen Lauf</translation>
    </message>
    <message>
        <source>Not available: the run has not been started</source>
        <translation>Nicht verfügbar: Der Lauf wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Being written: the run has finished and its review is being calculated</source>
        <translation>Wird geschrieben: Der Lauf ist beendet, sein Review wird berechnet</translation>
    </message>
    <message>
        <source>Not available yet: written when the run has finished</source>
        <translation>Noch nicht verfügbar: wird geschrieben, wenn der Lauf beendet ist</translation>
    </message>
    <message>
        <source>Has text</source>
        <translation>Hat Text</translation>
    </message>
    <message>
        <source>Applied to the agent: unknown</source>
        <translation>Auf den Agenten angewendet: unbekannt</translation>
    </message>
    <message>
        <source>Applied to the agent: yes</source>
        <translation>Auf den Agenten angewendet: ja</translation>
    </message>
    <message>
        <source>Applied to the agent: no</source>
        <translation>Auf den Agenten angewendet: nein</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>The run&apos;s summary, what went wrong, suggestions for improvement and prompt suggestion, one tab each</source>
        <translation>Zusammenfassung des Laufs, was schiefging, Verbesserungsvorschläge und Prompt-Vorschlag, je ein Tab</translation>
    </message>
</context>
<context>
    <name>simwatch::RunEvents</name>
    <message>
        <source>Simulation #%1</source>
        <translation>Simulation #%1</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 beendet</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %Ln call(s) · %1 positive, %2 negative, %3 neutral</source>
        <translation>
            <numerusform>Abgeschlossen: %Ln Anruf · %1 positiv, %2 negativ, %3 neutral</numerusform>
            <numerusform>Abgeschlossen: %Ln Anrufe · %1 positiv, %2 negativ, %3 neutral</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was stopped</source>
        <translation>%1 wurde gestoppt</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %Ln call(s)</source>
        <translation>
            <numerusform>Gestoppt nach %1 von %Ln Anruf</numerusform>
            <numerusform>Gestoppt nach %1 von %Ln Anrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 started calling</source>
        <translation>%1 hat mit den Anrufen begonnen</translation>
    </message>
    <message numerus="yes">
        <source>The first test call of %Ln is under way</source>
        <translation>
            <numerusform>Der erste von %Ln Testanruf läuft</numerusform>
            <numerusform>Der erste von %Ln Testanrufen läuft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln negative call(s)</source>
        <translation>
            <numerusform>%1: %Ln negativer Anruf</numerusform>
            <numerusform>%1: %Ln negative Anrufe</numerusform>
        </translation>
    </message>
    <message>
        <source>Call #%1 · %2</source>
        <translation>Anruf #%1 · %2</translation>
    </message>
</context>
<context>
    <name>simwatch::RunNoteEditor</name>
    <message>
        <source>Your notes on this run</source>
        <translation>Ihre Notizen zu diesem Lauf</translation>
    </message>
    <message>
        <source>Your notes on this run: what to fix, what to test again…</source>
        <translation>Ihre Notizen zu diesem Lauf: was zu beheben, was erneut zu testen ist…</translation>
    </message>
    <message>
        <source>Kept on this computer with the history, and part of every export.</source>
        <translation>Wird auf diesem Computer mit dem Verlauf gespeichert und ist Teil jedes Exports.</translation>
    </message>
</context>
<context>
    <name>simwatch::SafeTextBrowser</name>
    <message>
        <source>Show call #%1 in the calls list</source>
        <translation>Anruf #%1 in der Anrufliste zeigen</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[Bild nicht angezeigt]</translation>
    </message>
</context>
<context>
    <name>simwatch::SecretStore</name>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>Der Schlüssel ist im Systemschlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No system keychain is available: the key is kept for this session only.</source>
        <translation>Kein Systemschlüsselbund verfügbar: Der Schlüssel gilt nur für diese Sitzung.</translation>
    </message>
    <message>
        <source>The key is stored unencrypted, as you asked, in a file only your user account can read.</source>
        <translation>Der Schlüssel wird wie gewünscht unverschlüsselt in einer Datei gespeichert, die nur Ihr Benutzerkonto lesen kann.</translation>
    </message>
    <message>
        <source>The key will be stored in the system keychain.</source>
        <translation>Der Schlüssel wird im Systemschlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>simwatch::SentimentPie</name>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Calls shown: %1 only</source>
        <translation>Angezeigte Anrufe: nur %1</translation>
    </message>
    <message>
        <source>Click a slice to filter the calls</source>
        <translation>Segment anklicken, um zu filtern</translation>
    </message>
    <message>
        <source>Sentiment pie chart</source>
        <translation>Kreisdiagramm der Stimmung</translation>
    </message>
    <message>
        <source>No finished calls yet — sentiment appears as calls complete</source>
        <translation>Noch keine beendeten Anrufe — die Stimmung erscheint, sobald Anrufe abgeschlossen sind</translation>
    </message>
    <message>
        <source>Sentiment of finished calls</source>
        <translation>Stimmung der beendeten Anrufe</translation>
    </message>
    <message>
        <source>%1
Calls: %2 of %3 finished
Share: %4%
%5</source>
        <translation>%1
Anrufe: %2 von %3 beendet
Anteil: %4 %
%5</translation>
    </message>
    <message>
        <source>Click to show every call again</source>
        <translation>Klicken, um wieder alle Anrufe zu zeigen</translation>
    </message>
    <message>
        <source>Click to show only these calls</source>
        <translation>Klicken, um nur diese Anrufe zu zeigen</translation>
    </message>
</context>
<context>
    <name>simwatch::Session</name>
    <message>
        <source>The key comes from the OMNIDIM_API_KEY environment variable and is not stored.</source>
        <translation>Der Schlüssel stammt aus der Umgebungsvariable OMNIDIM_API_KEY und wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>simwatch::SettingsCheck</name>
    <message>
        <source>Enter a full address such as https://backend.omnidim.io/api/v1.</source>
        <translation>Geben Sie eine vollständige Adresse ein, etwa https://backend.omnidim.io/api/v1.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>Die Adresse muss mit https:// beginnen.</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted. Use https://, or start SimWatch with --allow-insecure-http.</source>
        <translation>Unverschlüsseltes http:// würde den API-Schlüssel im Klartext senden. Verwenden Sie https:// oder starten Sie SimWatch mit --allow-insecure-http.</translation>
    </message>
    <message>
        <source>Do not put user names or passwords in the address.</source>
        <translation>Keine Benutzernamen oder Passwörter in die Adresse schreiben.</translation>
    </message>
    <message>
        <source>Enter the API key from your OmniDimension dashboard.</source>
        <translation>Geben Sie den API-Schlüssel aus Ihrem OmniDimension-Dashboard ein.</translation>
    </message>
    <message>
        <source>An OmniDimension API key has at least 8 characters.</source>
        <translation>Ein OmniDimension-API-Schlüssel hat mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>The API key contains characters that are not allowed (spaces or non-ASCII).</source>
        <translation>Der API-Schlüssel enthält unzulässige Zeichen (Leerzeichen oder Nicht-ASCII).</translation>
    </message>
    <message>
        <source>The poll interval must be between 1 second and 1 hour.</source>
        <translation>Das Abfrageintervall muss zwischen 1 Sekunde und 1 Stunde liegen.</translation>
    </message>
</context>
<context>
    <name>simwatch::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>From your OmniDimension dashboard</source>
        <translation>Aus Ihrem OmniDimension-Dashboard</translation>
    </message>
    <message>
        <source>Store the key &amp;unencrypted in a file</source>
        <translation>Schlüssel &amp;unverschlüsselt in einer Datei speichern</translation>
    </message>
    <message>
        <source>The file can be read only by your user account, but anyone who gets into that account, or into a backup of your files, can then use this key. Use this only where no system keychain is available.</source>
        <translation>Die Datei kann nur Ihr Benutzerkonto lesen, aber wer in dieses Konto oder in eine Sicherung Ihrer Dateien gelangt, kann diesen Schlüssel dann nutzen. Nur verwenden, wo kein Systemschlüsselbund verfügbar ist.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often a running simulation is fetched again.</source>
        <translation>Wie oft eine laufende Simulation erneut abgerufen wird.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>A running simulation without progress for this long is flagged as possibly stuck.</source>
        <translation>Eine laufende Simulation ohne Fortschritt über diese Zeit wird als möglicherweise hängend markiert.</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> Läufe</translation>
    </message>
    <message>
        <source>&amp;Forget History…</source>
        <translation>Verlauf &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete every run kept on this computer</source>
        <translation>Alle auf diesem Computer gespeicherten Läufe löschen</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>&amp;Serveradresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Schlüss&amp;el:</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>Abfrage&amp;intervall:</translation>
    </message>
    <message>
        <source>&amp;Stuck after:</source>
        <translation>&amp;Hängt nach:</translation>
    </message>
    <message>
        <source>&amp;History keeps:</source>
        <translation>&amp;Verlauf behält:</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>Schlüssel verbergen</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>Schlüssel zeigen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>A run completes</source>
        <translation>Ein Lauf abgeschlossen ist</translation>
    </message>
    <message>
        <source>A run is stopped</source>
        <translation>Ein Lauf gestoppt wird</translation>
    </message>
    <message>
        <source>A run starts its first call</source>
        <translation>Ein Lauf seinen ersten Anruf beginnt</translation>
    </message>
    <message>
        <source>A call ends with negative sentiment</source>
        <translation>Ein Anruf mit negativer Stimmung endet</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>Wie der Desktop</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Applies when SimWatch is started again.</source>
        <translation>Gilt nach einem Neustart von SimWatch.</translation>
    </message>
    <message>
        <source>Notify me when:</source>
        <translation>Benachrichtigen, wenn:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
</context>
<context>
    <name>simwatch::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the panes; in a list, the arrow keys move and Enter opens.</source>
        <translation>Tab und Umschalt+Tab wechseln zwischen den Bereichen; in einer Liste bewegen die Pfeiltasten, Eingabe öffnet.</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationActions</name>
    <message>
        <source>The server&apos;s reply could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Gestoppt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) disconnected</source>
        <translation>
            <numerusform>%Ln Anruf getrennt</numerusform>
            <numerusform>%Ln Anrufe getrennt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending call(s) cancelled</source>
        <translation>
            <numerusform>%Ln ausstehender Anruf abgebrochen</numerusform>
            <numerusform>%Ln ausstehende Anrufe abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. %1, %2, %3.</source>
        <translation>Gestoppt. %1, %2, %3.</translation>
    </message>
    <message>
        <source>Prompt suggestions can only be enhanced once the simulation has completed.</source>
        <translation>Prompt-Vorschläge lassen sich erst verbessern, wenn die Simulation abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The server did not stop the simulation and gave no reason.</source>
        <translation>Der Server hat die Simulation nicht gestoppt und keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The server could not enhance the prompt and gave no reason.</source>
        <translation>Der Server konnte den Prompt nicht verbessern und hat keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The server did not start the simulation and gave no reason.</source>
        <translation>Der Server hat die Simulation nicht gestartet und keinen Grund genannt.</translation>
    </message>
    <message>
        <source>The server did not create the simulation and gave no reason.</source>
        <translation>Der Server hat die Simulation nicht angelegt und keinen Grund genannt.</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationBrowser</name>
    <message>
        <source>Filter by name, agent or ID</source>
        <translation>Nach Name, Agent oder ID filtern</translation>
    </message>
    <message>
        <source>Filter the simulations</source>
        <translation>Simulationen filtern</translation>
    </message>
    <message>
        <source>Show simulations with the status</source>
        <translation>Simulationen mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Simulations of the account</source>
        <translation>Simulationen des Kontos</translation>
    </message>
    <message>
        <source>Loading the simulations…</source>
        <translation>Simulationen werden geladen…</translation>
    </message>
    <message>
        <source>No simulations loaded</source>
        <translation>Keine Simulationen geladen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln simulation(s) loaded</source>
        <translation>
            <numerusform>%Ln Simulation geladen</numerusform>
            <numerusform>%Ln Simulationen geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln simulation(s), %1 loaded</source>
        <translation>
            <numerusform>%Ln Simulation, %1 geladen</numerusform>
            <numerusform>%Ln Simulationen, %1 geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln angezeigt</numerusform>
            <numerusform>%Ln angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The list could not be refreshed: %1 It shows the last one fetched.</source>
        <translation>⚠ Die Liste konnte nicht aktualisiert werden: %1 Angezeigt wird die zuletzt abgerufene.</translation>
    </message>
    <message>
        <source>⚠ The list could not be fetched: %1</source>
        <translation>⚠ Die Liste konnte nicht abgerufen werden: %1</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationCommands</name>
    <message>
        <source>&amp;Start…</source>
        <translation>&amp;Starten…</translation>
    </message>
    <message>
        <source>Start the selected Draft simulation: the server begins its test calls.</source>
        <translation>Die ausgewählte Draft-Simulation starten: Der Server beginnt seine Testanrufe.</translation>
    </message>
    <message>
        <source>&amp;Run again…</source>
        <translation>E&amp;rneut ausführen…</translation>
    </message>
    <message>
        <source>Create a new simulation with the same agent, scenarios and settings, and start it.</source>
        <translation>Eine neue Simulation mit demselben Agenten, denselben Szenarien und Einstellungen anlegen und starten.</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>Sto&amp;ppen…</translation>
    </message>
    <message>
        <source>Stop the selected simulation; calls in progress are disconnected.</source>
        <translation>Die ausgewählte Simulation stoppen; laufende Anrufe werden getrennt.</translation>
    </message>
    <message>
        <source>&amp;Enhance prompt…</source>
        <translation>Prompt &amp;verbessern…</translation>
    </message>
    <message>
        <source>Ask the server for an enhanced prompt and compare it with the current one.</source>
        <translation>Den Server um einen verbesserten Prompt bitten und ihn mit dem aktuellen vergleichen.</translation>
    </message>
    <message>
        <source>E&amp;xport review…</source>
        <translation>Review e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the review as Markdown, PDF or JSON.</source>
        <translation>Das Review als Markdown, PDF oder JSON speichern.</translation>
    </message>
    <message>
        <source>Start this Draft run</source>
        <translation>Diesen Draft-Lauf starten</translation>
    </message>
    <message>
        <source>Only a Draft run can be started; use Run again for a run that ran</source>
        <translation>Nur ein Draft-Lauf kann gestartet werden; für einen gelaufenen Lauf „Erneut ausführen“ verwenden</translation>
    </message>
    <message>
        <source>A new run with the same agent, scenarios and settings</source>
        <translation>Ein neuer Lauf mit demselben Agenten, denselben Szenarien und Einstellungen</translation>
    </message>
    <message>
        <source>Needs a run whose agent and scenarios the server has sent</source>
        <translation>Braucht einen Lauf, dessen Agent und Szenarien der Server gesendet hat</translation>
    </message>
    <message>
        <source>Compare the agent&apos;s prompt with the suggested one</source>
        <translation>Den Prompt des Agenten mit dem vorgeschlagenen vergleichen</translation>
    </message>
    <message>
        <source>Available once the run is Completed</source>
        <translation>Verfügbar, sobald der Lauf Completed ist</translation>
    </message>
    <message>
        <source>Simulation %1</source>
        <translation>Simulation %1</translation>
    </message>
    <message>
        <source>SimWatch</source>
        <translation>SimWatch</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Name of the new run:</source>
        <translation>&amp;Name des neuen Laufs:</translation>
    </message>
    <message>
        <source>Create and start</source>
        <translation>Anlegen und starten</translation>
    </message>
    <message>
        <source>Start simulation “%1”? %2</source>
        <translation>Simulation „%1“ starten? %2</translation>
    </message>
    <message numerus="yes">
        <source>The server will make %Ln test call(s).</source>
        <translation>
            <numerusform>Der Server führt %Ln Testanruf durch.</numerusform>
            <numerusform>Der Server führt %Ln Testanrufe durch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start simulation</source>
        <translation>Simulation starten</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>„%1“ wird gestartet…</translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation>„%1“ gestartet.</translation>
    </message>
    <message>
        <source>Could not start “%1”: %2</source>
        <translation>„%1“ konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Create a new simulation like “%1” (agent “%2”, %3, the same settings) and start it? %4</source>
        <translation>Eine neue Simulation wie „%1“ (Agent „%2“, %3, dieselben Einstellungen) anlegen und starten? %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln Szenario</numerusform>
            <numerusform>%Ln Szenarien</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>„%1“ wird angelegt…</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>„%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Created “%1” (#%2) and started it.</source>
        <translation>„%1“ (#%2) angelegt und gestartet.</translation>
    </message>
    <message>
        <source>Created “%1” (#%2), but could not start it; it stays a Draft (Simulation ▸ Start… starts it): %3</source>
        <translation>„%1“ (#%2) angelegt, aber nicht gestartet; bleibt ein Draft (Simulation ▸ Starten… startet ihn): %3</translation>
    </message>
    <message>
        <source>Stop simulation “%1”? Calls in progress will be disconnected.</source>
        <translation>Simulation „%1“ stoppen? Laufende Anrufe werden getrennt.</translation>
    </message>
    <message>
        <source>Stop simulation</source>
        <translation>Simulation stoppen</translation>
    </message>
    <message>
        <source>Stopping “%1”…</source>
        <translation>„%1“ wird gestoppt…</translation>
    </message>
    <message>
        <source>Asking the server for an enhanced prompt…</source>
        <translation>Der Server wird um einen verbesserten Prompt gebeten…</translation>
    </message>
    <message>
        <source>Enhanced prompt received.</source>
        <translation>Verbesserter Prompt erhalten.</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>Review exportieren</translation>
    </message>
    <message>
        <source>Choose a file name ending in .md, .pdf or .json.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .md, .pdf oder .json.</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>Review gespeichert in %1</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationHeader</name>
    <message>
        <source>Simulation #%1</source>
        <translation>Simulation #%1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warte auf den Server…</translation>
    </message>
    <message>
        <source>No simulation selected</source>
        <translation>Keine Simulation ausgewählt</translation>
    </message>
    <message>
        <source>Agent unknown</source>
        <translation>Agent unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln Szenario</numerusform>
            <numerusform>%Ln Szenarien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln Anruf</numerusform>
            <numerusform>%Ln Anrufe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) per scenario</source>
        <translation>
            <numerusform>%Ln Anruf pro Szenario</numerusform>
            <numerusform>%Ln Anrufe pro Szenario</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at a time</source>
        <translation>%1 gleichzeitig</translation>
    </message>
    <message>
        <source>up to %1 min per call</source>
        <translation>max. %1 Min./Anruf</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationListModel</name>
    <message>
        <source>Simulation #%1</source>
        <translation>Simulation #%1</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>Agent #%1</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>Kein Agent</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>Positive %1, negative %2, neutral %3</source>
        <translation>Positiv %1, negativ %2, neutral %3</translation>
    </message>
    <message>
        <source>Watching: in the watch list</source>
        <translation>Beobachtet: in der Beobachtungsliste</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>Nicht beobachtet</translation>
    </message>
    <message>
        <source>Watching: the run is in the watch list</source>
        <translation>Beobachtet: Der Lauf ist in der Beobachtungsliste</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Calls done</source>
        <translation>Anrufe fertig</translation>
    </message>
    <message>
        <source>Sentiment +/−/=</source>
        <translation>Stimmung +/−/=</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationModel</name>
    <message>
        <source>Simulation #%1</source>
        <translation>Simulation #%1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1, %2 done</source>
        <translation>%1, %2 erledigt</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationStore</name>
    <message>
        <source>progress %1% → %2%</source>
        <translation>Fortschritt %1 % → %2 %</translation>
    </message>
    <message>
        <source>finished calls %1 → %2</source>
        <translation>beendete Anrufe %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) no longer listed</source>
        <translation>
            <numerusform>%Ln Anruf nicht mehr gelistet</numerusform>
            <numerusform>%Ln Anrufe nicht mehr gelistet</numerusform>
        </translation>
    </message>
    <message>
        <source>The server now reports less than before: %1. Shown as the server says it now.</source>
        <translation>Der Server meldet jetzt weniger als zuvor: %1. Angezeigt wie vom Server jetzt gemeldet.</translation>
    </message>
</context>
<context>
    <name>simwatch::StatusBadge</name>
    <message>
        <source>%1 · last known</source>
        <translation>%1 · zuletzt bekannt</translation>
    </message>
    <message>
        <source>Status: %1 (last known: the server is not answering)</source>
        <translation>Status: %1 (zuletzt bekannt: Der Server antwortet nicht)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>simwatch::TrayIcon</name>
    <message numerus="yes">
        <source>%Ln cannot be fetched</source>
        <translation>
            <numerusform>%Ln nicht abrufbar</numerusform>
            <numerusform>%Ln nicht abrufbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln läuft</numerusform>
            <numerusform>%Ln laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished</source>
        <translation>
            <numerusform>%Ln beendet</numerusform>
            <numerusform>%Ln beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>SimWatch: no simulations watched</source>
        <translation>SimWatch: keine Simulationen beobachtet</translation>
    </message>
    <message>
        <source>SimWatch: %1</source>
        <translation>SimWatch: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Show SimWatch</source>
        <translation>SimWatch &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>simwatch::UiText</name>
    <message>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>Unbekannter Status</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>Agent #%1</translation>
    </message>
    <message>
        <source>Agent unknown</source>
        <translation>Agent unbekannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Creation date unknown</source>
        <translation>Erstellungsdatum unbekannt</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>Sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API-Schlüssel abgelehnt</translation>
    </message>
    <message>
        <source>No access to simulations</source>
        <translation>Kein Zugriff auf Simulationen</translation>
    </message>
    <message>
        <source>Simulation not found</source>
        <translation>Simulation nicht gefunden</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>Der Server hat mit einem Fehler geantwortet</translation>
    </message>
    <message>
        <source>The server sent an answer SimWatch cannot read</source>
        <translation>Der Server hat eine Antwort gesendet, die SimWatch nicht lesen kann</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
    <message>
        <source>The server does not know this simulation.</source>
        <translation>Der Server kennt diese Simulation nicht.</translation>
    </message>
    <message>
        <source>The server refused access to this simulation.</source>
        <translation>Der Server hat den Zugriff auf diese Simulation verweigert.</translation>
    </message>
    <message>
        <source>No data yet: the last attempt failed (see above).</source>
        <translation>Noch keine Daten: Der letzte Versuch ist fehlgeschlagen (siehe oben).</translation>
    </message>
</context>
<context>
    <name>simwatch::VerdictPanel</name>
    <message>
        <source>Your verdict:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>The agent did what the scenario expected (Ctrl+1)</source>
        <translation>Der Agent hat getan, was das Szenario erwartet (Strg+1)</translation>
    </message>
    <message>
        <source>The agent did not do what the scenario expected (Ctrl+2)</source>
        <translation>Der Agent hat nicht getan, was das Szenario erwartet (Strg+2)</translation>
    </message>
    <message>
        <source>Needs another look (Ctrl+3)</source>
        <translation>Noch einmal ansehen (Strg+3)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>Note on this call (saved as you type)</source>
        <translation>Notiz zu diesem Anruf (wird beim Tippen gespeichert)</translation>
    </message>
    <message>
        <source>Note on this call</source>
        <translation>Notiz zu diesem Anruf</translation>
    </message>
    <message>
        <source>Expected result: not given for this call&apos;s scenario.</source>
        <translation>Erwartetes Ergebnis: für das Szenario dieses Anrufs nicht angegeben.</translation>
    </message>
    <message>
        <source>Expected result: %1</source>
        <translation>Erwartetes Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>simwatch::Verdicts</name>
    <message>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Verdicts and notes are kept in the history, which is off.</source>
        <translation>Bewertungen und Notizen werden im Verlauf gespeichert, der ausgeschaltet ist.</translation>
    </message>
    <message>
        <source>Verdicts and notes cannot be saved: %1</source>
        <translation>Bewertungen und Notizen können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>simwatch::WatchListDelegate</name>
    <message>
        <source>Waiting for data…</source>
        <translation>Warte auf Daten…</translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation>Simulation #%1</translation>
    </message>
</context>
<context>
    <name>simwatch::Watcher</name>
    <message>
        <source>Simulation %1 does not exist, or this API key cannot see it.</source>
        <translation>Simulation %1 existiert nicht, oder dieser API-Schlüssel kann sie nicht sehen.</translation>
    </message>
    <message>
        <source>The server sent simulation %1 when simulation %2 was asked for.</source>
        <translation>Der Server hat Simulation %1 gesendet, obwohl Simulation %2 angefragt war.</translation>
    </message>
</context>
<context>
    <name>simwatch::headless</name>
    <message>
        <source>#%1 %2: %3, %4% (%5 of %6 calls finished, %7 in progress); sentiment +%8 -%9 =%10</source>
        <translation>#%1 %2: %3, %4 % (%5 von %6 Anrufen beendet, %7 laufend); Stimmung +%8 -%9 =%10</translation>
    </message>
    <message>
        <source>; summary available</source>
        <translation>; Zusammenfassung verfügbar</translation>
    </message>
    <message>
        <source>#%1: no data yet</source>
        <translation>#%1: noch keine Daten</translation>
    </message>
    <message>
        <source> [error: %1]</source>
        <translation> [Fehler: %1]</translation>
    </message>
</context>
<context>
    <name>simwatch::parse</name>
    <message>
        <source>The server&apos;s simulation object has no valid id.</source>
        <translation>Das Simulationsobjekt des Servers hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is empty.</source>
        <translation>Die Antwort des Servers ist leer.</translation>
    </message>
    <message>
        <source>The server replied with a web page instead of JSON data.</source>
        <translation>Der Server hat mit einer Webseite statt mit JSON-Daten geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is a JSON array, not an object.</source>
        <translation>Die Antwort des Servers ist ein JSON-Array, kein Objekt.</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation>Die Antwort des Servers ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The server reported a failure without giving a reason.</source>
        <translation>Der Server hat einen Fehler ohne Begründung gemeldet.</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no simulation object.</source>
        <translation>Die Antwort des Servers enthält kein Simulationsobjekt.</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no list of simulations.</source>
        <translation>Die Antwort des Servers enthält keine Liste von Simulationen.</translation>
    </message>
</context>
<context>
    <name>simwatch::report</name>
    <message>
        <source>Simulation %1</source>
        <translation>Simulation %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Calls finished</source>
        <translation>Beendete Anrufe</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Median call</source>
        <translation>Median-Anruf</translation>
    </message>
    <message>
        <source>Mean call</source>
        <translation>Mittlerer Anruf</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>Längster Anruf</translation>
    </message>
    <message>
        <source>Comparison: %1 → %2</source>
        <translation>Vergleich: %1 → %2</translation>
    </message>
    <message>
        <source>Exported at %1.</source>
        <translation>Exportiert am %1.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>Vorher: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>Nachher: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Sentiment per scenario</source>
        <translation>Stimmung pro Szenario</translation>
    </message>
    <message>
        <source>No calls are listed in either run.</source>
        <translation>In keinem der Läufe sind Anrufe gelistet.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation>Unverändert.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Unbekanntes Berichtsformat.</translation>
    </message>
    <message>
        <source>SimWatch review</source>
        <translation>SimWatch-Review</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Simulation id</source>
        <translation>Simulations-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Exportiert am (UTC)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Calls per scenario</source>
        <translation>Anrufe pro Szenario</translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation>Gleichzeitige Anrufe</translation>
    </message>
    <message>
        <source>Max call duration (minutes)</source>
        <translation>Max. Anrufdauer (Minuten)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>No scenarios listed.</source>
        <translation>Keine Szenarien gelistet.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Total calls</source>
        <translation>Anrufe gesamt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation>Aktive Anrufe</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>Suggestions for improvement</source>
        <translation>Verbesserungsvorschläge</translation>
    </message>
    <message>
        <source>Prompt suggestion</source>
        <translation>Prompt-Vorschlag</translation>
    </message>
    <message>
        <source>Prompt suggestion applied to the agent: %1</source>
        <translation>Prompt-Vorschlag auf den Agenten angewendet: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Your verdicts and notes</source>
        <translation>Ihre Bewertungen und Notizen</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anruf %1</translation>
    </message>
    <message>
        <source>No calls recorded.</source>
        <translation>Keine Anrufe aufgezeichnet.</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Simulation review exported by SimWatch</source>
        <translation>Von SimWatch exportiertes Simulations-Review</translation>
    </message>
    <message>
        <source>Progress and calls</source>
        <translation>Fortschritt und Anrufe</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: the file cannot be created.</source>
        <translation>„%1“ konnte nicht geschrieben werden: Die Datei lässt sich nicht anlegen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>SimWatch review — %1</source>
        <translation>SimWatch-Review — %1</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Available, but the server sent no text.</source>
        <translation>Verfügbar, aber der Server hat keinen Text gesendet.</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>Noch nicht berechnet.</translation>
    </message>
    <message>
        <source>Not provided by the server.</source>
        <translation>Vom Server nicht geliefert.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Unnamed scenario</source>
        <translation>Unbenanntes Szenario</translation>
    </message>
    <message numerus="yes">
        <source>%1 pass · %2 fail · %3 unsure · %4 of %Ln call(s) not judged</source>
        <translation>
            <numerusform>%1 bestanden · %2 nicht bestanden · %3 unsicher · %4 von %Ln Anruf nicht bewertet</numerusform>
            <numerusform>%1 bestanden · %2 nicht bestanden · %3 unsicher · %4 von %Ln Anrufen nicht bewertet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3 %)</translation>
    </message>
    <message>
        <source>No finished calls yet.</source>
        <translation>Noch keine beendeten Anrufe.</translation>
    </message>
</context>
</TS>
