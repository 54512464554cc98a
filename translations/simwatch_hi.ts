<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>main</name>
    <message>
        <source>could not start the demo server on a loopback port.</source>
        <translation>डेमो सर्वर किसी लूपबैक पोर्ट पर शुरू नहीं हो सका।</translation>
    </message>
    <message>
        <source>--export %1: the extension must be .md, .pdf or .json.</source>
        <translation>--export %1: एक्सटेंशन .md, .pdf या .json होना चाहिए।</translation>
    </message>
    <message>
        <source>simulation %1: %2</source>
        <translation>सिमुलेशन %1: %2</translation>
    </message>
    <message>
        <source>Review of simulation %1 written to %2</source>
        <translation>सिमुलेशन %1 की समीक्षा %2 में लिखी गई</translation>
    </message>
    <message>
        <source>Comparison written to %1</source>
        <translation>तुलना %1 में लिखी गई</translation>
    </message>
    <message>
        <source>OMNIDIM_API_KEY: %1</source>
        <translation>OMNIDIM_API_KEY: %1</translation>
    </message>
    <message>
        <source>SimWatch — demo server</source>
        <translation>SimWatch — डेमो सर्वर</translation>
    </message>
    <message>
        <source>Reading the API key from the system keychain…</source>
        <translation>सिस्टम कीचेन से API कुंजी पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>try &apos;simwatch --help&apos;.</source>
        <translation>&apos;simwatch --help&apos; आज़माएँ।</translation>
    </message>
    <message>
        <source>the list of simulations: %1</source>
        <translation>सिमुलेशन की सूची: %1</translation>
    </message>
</context>
<context>
    <name>simwatch::AddSimulationDialog</name>
    <message>
        <source>Add simulation</source>
        <translation>सिमुलेशन जोड़ें</translation>
    </message>
    <message>
        <source>Simulation &amp;id or link:</source>
        <translation>सिमुलेशन id या लिंक (&amp;I):</translation>
    </message>
    <message>
        <source>456 or https://www.omnidim.io/simulations/456</source>
        <translation>456 या https://www.omnidim.io/simulations/456</translation>
    </message>
    <message>
        <source>Simulation id or link</source>
        <translation>सिमुलेशन id या लिंक</translation>
    </message>
    <message>
        <source>Type or paste the simulation&apos;s id or its address from the web app.</source>
        <translation>सिमुलेशन की id या वेब ऐप से उसका पता टाइप करें या चिपकाएँ।</translation>
    </message>
    <message>
        <source>Not a simulation id or link</source>
        <translation>यह सिमुलेशन id या लिंक नहीं है</translation>
    </message>
    <message>
        <source>Already watched — select it instead</source>
        <translation>पहले से देखा जा रहा है — इसके बजाय उसे चुनें</translation>
    </message>
    <message>
        <source>Adds simulation #%1 to the watch list.</source>
        <translation>सिमुलेशन #%1 को वॉच सूची में जोड़ता है।</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>चुनें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें (&amp;A)</translation>
    </message>
</context>
<context>
    <name>simwatch::ApiClient</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln सेकंड</numerusform>
            <numerusform>%Ln सेकंड</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln मिनट</numerusform>
            <numerusform>%Ln मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>The server at %1 refused the connection. Check the base URL, or whether the service is running.</source>
        <translation>%1 पर सर्वर ने कनेक्शन अस्वीकार कर दिया। बेस URL जाँचें, या देखें कि सेवा चल रही है या नहीं।</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; could not be found. Check the base URL and your network or VPN connection.</source>
        <translation>सर्वर नाम &quot;%1&quot; नहीं मिला। बेस URL और अपना नेटवर्क या VPN कनेक्शन जाँचें।</translation>
    </message>
    <message>
        <source>The connection to %1 timed out.</source>
        <translation>%1 से कनेक्शन का समय समाप्त हो गया।</translation>
    </message>
    <message>
        <source>The server&apos;s reply was too large (over %1 MiB) and was not downloaded.</source>
        <translation>सर्वर का उत्तर बहुत बड़ा था (%1 MiB से अधिक) और डाउनलोड नहीं किया गया।</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>सर्वर ने समय पर उत्तर नहीं दिया।</translation>
    </message>
    <message>
        <source>The server closed the connection before its reply was complete.</source>
        <translation>सर्वर ने उत्तर पूरा होने से पहले कनेक्शन बंद कर दिया।</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>%1 से सुरक्षित कनेक्शन विफल रहा: %2</translation>
    </message>
    <message>
        <source>The network request to %1 failed: %2</source>
        <translation>%1 को नेटवर्क अनुरोध विफल रहा: %2</translation>
    </message>
    <message>
        <source>The server&apos;s reply could not be decoded (Content-Encoding “%1”).</source>
        <translation>सर्वर का उत्तर डिकोड नहीं हो सका (Content-Encoding “%1”)।</translation>
    </message>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 सर्वर ने कहा: “%2”</translation>
    </message>
    <message>
        <source>The API key was rejected. Enter a valid key in Settings.</source>
        <translation>API कुंजी अस्वीकार कर दी गई। सेटिंग्स में एक मान्य कुंजी दर्ज करें।</translation>
    </message>
    <message>
        <source>This API key is not allowed to do that.</source>
        <translation>इस API कुंजी को यह करने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>The server has nothing at this address (HTTP 404).</source>
        <translation>इस पते पर सर्वर के पास कुछ नहीं है (HTTP 404)।</translation>
    </message>
    <message>
        <source>The server is limiting requests; SimWatch will try again in %1.</source>
        <translation>सर्वर अनुरोध सीमित कर रहा है; SimWatch %1 में फिर से प्रयास करेगा।</translation>
    </message>
    <message>
        <source>The server is limiting requests; SimWatch will try again shortly.</source>
        <translation>सर्वर अनुरोध सीमित कर रहा है; SimWatch जल्द ही फिर से प्रयास करेगा।</translation>
    </message>
    <message>
        <source>The server keeps redirecting (a redirect loop; the last hop was to %1). Check the base URL.</source>
        <translation>सर्वर बार-बार रीडायरेक्ट कर रहा है (रीडायरेक्ट लूप; अंतिम बार %1 पर)। बेस URL जाँचें।</translation>
    </message>
    <message>
        <source>The server redirected to an unencrypted address (%1). SimWatch does not follow it, so the API key is not sent there.</source>
        <translation>सर्वर ने एक अनएन्क्रिप्टेड पते (%1) पर रीडायरेक्ट किया। SimWatch उसका पालन नहीं करता, ताकि API कुंजी वहाँ न भेजी जाए।</translation>
    </message>
    <message>
        <source>The server redirected to another address (%1). SimWatch does not follow redirects to other servers, so the API key is not sent there.</source>
        <translation>सर्वर ने दूसरे पते (%1) पर रीडायरेक्ट किया। SimWatch दूसरे सर्वरों पर रीडायरेक्ट का पालन नहीं करता, ताकि API कुंजी वहाँ न भेजी जाए।</translation>
    </message>
    <message>
        <source>The server had an internal problem (HTTP %1). SimWatch will keep trying.</source>
        <translation>सर्वर में आंतरिक समस्या हुई (HTTP %1)। SimWatch प्रयास करता रहेगा।</translation>
    </message>
    <message>
        <source>The server answered with HTTP %1.</source>
        <translation>सर्वर ने HTTP %1 के साथ उत्तर दिया।</translation>
    </message>
</context>
<context>
    <name>simwatch::AudioPlayer</name>
    <message>
        <source>Play (Space)</source>
        <translation>चलाएँ (Space)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>चलाएँ</translation>
    </message>
    <message>
        <source>Position in the recording</source>
        <translation>रिकॉर्डिंग में स्थिति</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>प्लेबैक गति</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Open in system player</source>
        <translation>सिस्टम प्लेयर में खोलें</translation>
    </message>
    <message>
        <source>Open the recording with the system&apos;s media player or browser</source>
        <translation>रिकॉर्डिंग को सिस्टम के मीडिया प्लेयर या ब्राउज़र में खोलें</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>गति</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Could not load the recording: the file cannot be played.</source>
        <translation>रिकॉर्डिंग लोड नहीं हो सकी: फ़ाइल चलाई नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Could not load the recording: %1</source>
        <translation>रिकॉर्डिंग लोड नहीं हो सकी: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>अज्ञात त्रुटि</translation>
    </message>
    <message>
        <source>This recording is not played here: only http and https addresses are supported.</source>
        <translation>यह रिकॉर्डिंग यहाँ नहीं चलाई जाती: केवल http और https पते समर्थित हैं।</translation>
    </message>
    <message>
        <source>No audio output device available: use “Open in system player”.</source>
        <translation>कोई ऑडियो आउटपुट डिवाइस उपलब्ध नहीं: “सिस्टम प्लेयर में खोलें” का उपयोग करें।</translation>
    </message>
    <message>
        <source>No program could be opened for the recording. Its address, to open elsewhere: %1</source>
        <translation>कोई प्रोग्राम रिकॉर्डिंग नहीं खोल सका। इसे कहीं और खोलने के लिए इसका पता: %1</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>रोकें (Space)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>No audio output device available</source>
        <translation>कोई ऑडियो आउटपुट डिवाइस उपलब्ध नहीं</translation>
    </message>
</context>
<context>
    <name>simwatch::CommandLine</name>
    <message>
        <source>Watch OmniDimension voice-agent simulations live.
The API key is read from the OMNIDIM_API_KEY environment variable or entered in the settings dialog; it is never taken on the command line.</source>
        <translation>OmniDimension वॉइस-एजेंट सिमुलेशन लाइव देखें।
API कुंजी OMNIDIM_API_KEY एनवायरनमेंट वेरिएबल से पढ़ी जाती है या सेटिंग्स डायलॉग में दर्ज की जाती है; कमांड लाइन पर इसे कभी नहीं लिया जाता।</translation>
    </message>
    <message>
        <source>API base URL, e.g. https://backend.omnidim.io/api/v1.</source>
        <translation>API बेस URL, जैसे https://backend.omnidim.io/api/v1.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Simulation id to watch (repeatable).</source>
        <translation>देखने के लिए सिमुलेशन id (दोहराया जा सकता है)।</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Seconds between polls (default 3).</source>
        <translation>पोल के बीच सेकंड (डिफ़ॉल्ट 3)।</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>सेकंड</translation>
    </message>
    <message>
        <source>Run without a window; print state to stdout.</source>
        <translation>बिना विंडो के चलाएँ; स्थिति stdout पर प्रिंट करें।</translation>
    </message>
    <message>
        <source>Headless: fetch each simulation once and exit.</source>
        <translation>हेडलेस: हर सिमुलेशन एक बार लाएँ और बाहर निकलें।</translation>
    </message>
    <message>
        <source>Headless: print JSON Lines.</source>
        <translation>हेडलेस: JSON Lines प्रिंट करें।</translation>
    </message>
    <message>
        <source>Watch simulations on the built-in demo server.</source>
        <translation>बिल्ट-इन डेमो सर्वर पर सिमुलेशन देखें।</translation>
    </message>
    <message>
        <source>Demo server clock speed factor (default 1).</source>
        <translation>डेमो सर्वर की घड़ी का गति गुणक (डिफ़ॉल्ट 1)।</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>गुणक</translation>
    </message>
    <message>
        <source>Allow a plain http:// base URL to a non-loopback host (sends the key unencrypted).</source>
        <translation>किसी गैर-लूपबैक होस्ट के लिए सादा http:// बेस URL की अनुमति दें (कुंजी बिना एन्क्रिप्शन के भेजी जाती है)।</translation>
    </message>
    <message>
        <source>Quit cleanly after this many seconds (for scripted sessions).</source>
        <translation>इतने सेकंड बाद ठीक से बंद हो जाएँ (स्क्रिप्ट सत्रों के लिए)।</translation>
    </message>
    <message>
        <source>Headless: fetch the simulation once and write its review to FILE; the extension picks the format (.md, .pdf, .json).</source>
        <translation>हेडलेस: सिमुलेशन एक बार लाएँ और उसकी समीक्षा FILE में लिखें; एक्सटेंशन प्रारूप तय करता है (.md, .pdf, .json)।</translation>
    </message>
    <message>
        <source>file</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Compare two simulations (two ids follow, the earlier run first): fetch both once, print the comparison (or write it with --export) and exit. Implies --headless.</source>
        <translation>दो सिमुलेशन की तुलना करें (दो id आगे, पहले वाला रन पहले): दोनों को एक बार लाएँ, तुलना प्रिंट करें (या --export से लिखें) और बाहर निकलें। --headless शामिल है।</translation>
    </message>
    <message>
        <source>With --compare: the two simulation ids.</source>
        <translation>--compare के साथ: दोनों सिमुलेशन id।</translation>
    </message>
    <message>
        <source>--compare takes two simulation ids, e.g. --compare 456 457.</source>
        <translation>--compare दो सिमुलेशन id लेता है, जैसे --compare 456 457।</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>अनपेक्षित आर्गुमेंट: %1</translation>
    </message>
    <message>
        <source>--once and --json only apply with --headless.</source>
        <translation>--once और --json केवल --headless के साथ लागू होते हैं।</translation>
    </message>
    <message>
        <source>--base-url %1: %2</source>
        <translation>--base-url %1: %2</translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be combined.</source>
        <translation>--demo और --base-url एक साथ नहीं दिए जा सकते।</translation>
    </message>
    <message>
        <source>--simulation %1: a simulation id is a positive whole number.</source>
        <translation>--simulation %1: सिमुलेशन id एक धनात्मक पूर्ण संख्या होती है।</translation>
    </message>
    <message>
        <source>The poll interval must be a whole number of seconds.</source>
        <translation>पोल अंतराल सेकंड की पूर्ण संख्या होना चाहिए।</translation>
    </message>
    <message>
        <source>--interval %1: %2</source>
        <translation>--interval %1: %2</translation>
    </message>
    <message>
        <source>--demo-speed must be a number between 0 and 10000.</source>
        <translation>--demo-speed 0 और 10000 के बीच की संख्या होना चाहिए।</translation>
    </message>
    <message>
        <source>--quit-after takes a whole number of seconds.</source>
        <translation>--quit-after सेकंड की पूर्ण संख्या लेता है।</translation>
    </message>
    <message>
        <source>--export only applies with --headless.</source>
        <translation>--export केवल --headless के साथ लागू होता है।</translation>
    </message>
    <message>
        <source>--export %1: unknown file type; the extension must be .md, .pdf or .json.</source>
        <translation>--export %1: अज्ञात फ़ाइल प्रकार; एक्सटेंशन .md, .pdf या .json होना चाहिए।</translation>
    </message>
    <message>
        <source>--export writes one review: give exactly one --simulation ID.</source>
        <translation>--export एक समीक्षा लिखता है: ठीक एक --simulation ID दें।</translation>
    </message>
    <message>
        <source>--headless needs at least one --simulation ID.</source>
        <translation>--headless को कम से कम एक --simulation ID चाहिए।</translation>
    </message>
    <message>
        <source>--headless needs --base-url URL (or --demo).</source>
        <translation>--headless को --base-url URL (या --demo) चाहिए।</translation>
    </message>
    <message>
        <source>Print the account&apos;s simulations, newest first, one line each (JSON Lines with --json), and exit. Implies --headless.</source>
        <translation>खाते के सिमुलेशन प्रिंट करें, नए पहले, हर एक पंक्ति में (--json के साथ JSON Lines), और बाहर निकलें। --headless शामिल है।</translation>
    </message>
    <message>
        <source>With --list: only the first N pages of %1 simulations (default: all).</source>
        <translation>--list के साथ: %1 सिमुलेशन वाले केवल पहले N पेज (डिफ़ॉल्ट: सभी)।</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--pages only applies with --list.</source>
        <translation>--pages केवल --list के साथ लागू होता है।</translation>
    </message>
    <message>
        <source>--pages takes a whole number of pages, 1 or more.</source>
        <translation>--pages पेजों की पूर्ण संख्या लेता है, 1 या अधिक।</translation>
    </message>
    <message>
        <source>--list cannot be combined with --simulation, --compare or --export.</source>
        <translation>--list को --simulation, --compare या --export के साथ नहीं जोड़ा जा सकता।</translation>
    </message>
</context>
<context>
    <name>simwatch::Compare</name>
    <message>
        <source>(not computed yet)</source>
        <translation>(अभी गणना नहीं हुई)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(खाली)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(नहीं भेजा गया)</translation>
    </message>
    <message>
        <source>(no scenario)</source>
        <translation>(कोई परिदृश्य नहीं)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>क्या गलत हुआ</translation>
    </message>
    <message>
        <source>Suggestions for improvement</source>
        <translation>सुधार के सुझाव</translation>
    </message>
    <message>
        <source>Prompt suggestion</source>
        <translation>प्रॉम्प्ट सुझाव</translation>
    </message>
    <message>
        <source>#%1 %2 (%3, %4)</source>
        <translation>#%1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>पहले: %1</translation>
    </message>
    <message>
        <source>After:  %1</source>
        <translation>बाद में: %1</translation>
    </message>
    <message>
        <source>Calls finished: %1 of %2 -&gt; %3 of %4</source>
        <translation>पूरी हुई कॉल: %2 में से %1 -&gt; %4 में से %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3) -&gt; %4 (%5), %6</source>
        <translation>%1: %2 (%3) -&gt; %4 (%5), %6</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>सकारात्मक</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>नकारात्मक</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>तटस्थ</translation>
    </message>
    <message>
        <source>Call duration (median): %1 -&gt; %2</source>
        <translation>कॉल अवधि (माध्यिका): %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Scenario %1: +%2 -%3 =%4 -&gt; +%5 -%6 =%7</source>
        <translation>परिदृश्य %1: +%2 -%3 =%4 -&gt; +%5 -%6 =%7</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1: बदला</translation>
    </message>
    <message>
        <source>%1: unchanged</source>
        <translation>%1: अपरिवर्तित</translation>
    </message>
</context>
<context>
    <name>simwatch::CompareDialog</name>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>सकारात्मक</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>नकारात्मक</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>तटस्थ</translation>
    </message>
    <message>
        <source>Sentiment of both runs</source>
        <translation>दोनों रन की भावना</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>रन की तुलना करें</translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation>सिमुलेशन #%1</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>तुलना</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>पहले (&amp;B):</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>बाद में (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>निर्यात (&amp;E)…</translation>
    </message>
    <message>
        <source>Watch or open from history a second run to compare with.</source>
        <translation>तुलना के लिए दूसरा रन देखें या इतिहास से खोलें।</translation>
    </message>
    <message>
        <source>Pick two different runs.</source>
        <translation>दो अलग-अलग रन चुनें।</translation>
    </message>
    <message>
        <source>No data for simulation %1 yet.</source>
        <translation>सिमुलेशन %1 का अभी कोई डेटा नहीं।</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>तुलना निर्यात करें</translation>
    </message>
    <message>
        <source>comparison-%1-%2</source>
        <translation>comparison-%1-%2</translation>
    </message>
    <message>
        <source>Choose a file name ending in .md, .pdf or .json.</source>
        <translation>.md, .pdf या .json पर समाप्त होने वाला फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>Comparison saved to %1</source>
        <translation>तुलना %1 में सहेजी गई</translation>
    </message>
    <message>
        <source>%1 · created %2</source>
        <translation>%1 · %2 को बनाया गया</translation>
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
        <translation>खोलें</translation>
    </message>
</context>
<context>
    <name>simwatch::ErrorBanner</name>
    <message>
        <source>&amp;Retry</source>
        <translation>फिर से प्रयास करें (&amp;R)</translation>
    </message>
    <message>
        <source>Fetch this simulation again now</source>
        <translation>इस सिमुलेशन को अभी फिर से लाएँ</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>सेटिंग्स (&amp;T)…</translation>
    </message>
    <message>
        <source>Check the server address and the API key</source>
        <translation>सर्वर पता और API कुंजी जाँचें</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP स्थिति %1</translation>
    </message>
    <message>
        <source>No details were given.</source>
        <translation>कोई विवरण नहीं दिया गया।</translation>
    </message>
    <message>
        <source>The data below is from the last successful update.</source>
        <translation>नीचे का डेटा पिछले सफल अपडेट का है।</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>हटाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>Stop watching this simulation (Ctrl+Z brings it back)</source>
        <translation>इस सिमुलेशन को देखना बंद करें (Ctrl+Z इसे वापस लाता है)</translation>
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
        <translation>पाठ में खोजें…</translation>
    </message>
    <message>
        <source>Find in text</source>
        <translation>पाठ में खोजें</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>पिछला</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>पिछला मिलान (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>अगला</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>अगला मिलान (Enter)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>खोज बार बंद करें (Esc)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>कोई मिलान नहीं</translation>
    </message>
    <message>
        <source>%1 of more than %2</source>
        <translation>%2 से अधिक में से %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 में से %1</translation>
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
        <translation>इतिहास फ़ाइल पढ़ी या लिखी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>The folder for the history file could not be created.</source>
        <translation>इतिहास फ़ाइल का फ़ोल्डर नहीं बनाया जा सका।</translation>
    </message>
    <message>
        <source>The history file could not be opened.</source>
        <translation>इतिहास फ़ाइल खोली नहीं जा सकी।</translation>
    </message>
    <message>
        <source>The history file is damaged or not a SimWatch history.</source>
        <translation>इतिहास फ़ाइल क्षतिग्रस्त है या SimWatch इतिहास नहीं है।</translation>
    </message>
    <message>
        <source>The history file was written by a newer SimWatch.</source>
        <translation>इतिहास फ़ाइल SimWatch के नए संस्करण ने लिखी थी।</translation>
    </message>
    <message>
        <source>The history file could not be updated to this version.</source>
        <translation>इतिहास फ़ाइल को इस संस्करण के लिए अपडेट नहीं किया जा सका।</translation>
    </message>
    <message>
        <source>The history file could not be written.</source>
        <translation>इतिहास फ़ाइल लिखी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Your verdict could not be saved.</source>
        <translation>आपका निर्णय सहेजा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Your note could not be saved.</source>
        <translation>आपका नोट सहेजा नहीं जा सका।</translation>
    </message>
    <message>
        <source>The history file could not be read.</source>
        <translation>इतिहास फ़ाइल पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>A run in the history file could not be read.</source>
        <translation>इतिहास फ़ाइल में एक रन पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>एक मिनट से कम बाकी</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln min left</source>
        <translation>
            <numerusform>लगभग %Ln मिनट बाकी</numerusform>
            <numerusform>लगभग %Ln मिनट बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln h left</source>
        <translation>
            <numerusform>लगभग %Ln घंटा बाकी</numerusform>
            <numerusform>लगभग %Ln घंटे बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>लगभग %1 घंटे %2 मिनट बाकी</translation>
    </message>
</context>
<context>
    <name>simwatch::HistoryDialog</name>
    <message>
        <source>Open from History</source>
        <translation>इतिहास से खोलें</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation>सिमुलेशन #%1</translation>
    </message>
    <message>
        <source>Filter by name, agent, status or id</source>
        <translation>नाम, एजेंट, स्थिति या id से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter the runs</source>
        <translation>रन फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Runs in the history</source>
        <translation>इतिहास में रन</translation>
    </message>
    <message>
        <source>No history is kept: %1</source>
        <translation>कोई इतिहास नहीं रखा जाता: %1</translation>
    </message>
    <message>
        <source>it is off for this session.</source>
        <translation>यह इस सत्र के लिए बंद है।</translation>
    </message>
    <message>
        <source>No runs in the history yet: every run SimWatch watches is kept here.</source>
        <translation>इतिहास में अभी कोई रन नहीं: SimWatch जो भी रन देखता है, वह यहाँ रखा जाता है।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln run(s) kept on this computer. An opened run is shown from the history at once and fetched again when the server answers.</source>
        <translation>
            <numerusform>इस कंप्यूटर पर %Ln रन रखा गया है। खोला गया रन तुरंत इतिहास से दिखाया जाता है और सर्वर के उत्तर देने पर फिर से लाया जाता है।</numerusform>
            <numerusform>इस कंप्यूटर पर %Ln रन रखे गए हैं। खोला गया रन तुरंत इतिहास से दिखाया जाता है और सर्वर के उत्तर देने पर फिर से लाया जाता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Last fetched (UTC)</source>
        <translation>अंतिम बार लाया गया (UTC)</translation>
    </message>
</context>
<context>
    <name>simwatch::MainWindow</name>
    <message>
        <source>⚠ Unencrypted connection: the API key is sent as plain text</source>
        <translation>⚠ अनएन्क्रिप्टेड कनेक्शन: API कुंजी सादे पाठ में भेजी जाती है</translation>
    </message>
    <message>
        <source>Updated %1 ago</source>
        <translation>%1 पहले अपडेट हुआ</translation>
    </message>
    <message>
        <source>last attempt failed</source>
        <translation>पिछला प्रयास विफल रहा</translation>
    </message>
    <message>
        <source>Call #%1 is not in this run&apos;s list of calls.</source>
        <translation>कॉल #%1 इस रन की कॉल सूची में नहीं है।</translation>
    </message>
    <message>
        <source>History is off: %1</source>
        <translation>इतिहास बंद है: %1</translation>
    </message>
    <message>
        <source>&amp;Add simulation…</source>
        <translation>सिमुलेशन जोड़ें (&amp;A)…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <source>Re&amp;move from watch list</source>
        <translation>वॉच सूची से हटाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>रीफ़्रेश (&amp;F)</translation>
    </message>
    <message>
        <source>Fetch the selected simulation now (F5)</source>
        <translation>चुना गया सिमुलेशन अभी लाएँ (F5)</translation>
    </message>
    <message>
        <source>Open from &amp;History…</source>
        <translation>इतिहास से खोलें (&amp;H)…</translation>
    </message>
    <message>
        <source>Show a run SimWatch has seen before, even without the server (Ctrl+H)</source>
        <translation>SimWatch द्वारा पहले देखा गया रन दिखाएँ, सर्वर के बिना भी (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>इससे तुलना करें (&amp;C)…</translation>
    </message>
    <message>
        <source>Compare the selected run with another, such as the agent&apos;s previous run (Ctrl+K)</source>
        <translation>चुने गए रन की तुलना किसी दूसरे रन से करें, जैसे एजेंट का पिछला रन (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग्स (&amp;S)…</translation>
    </message>
    <message>
        <source>Server address, API key and poll interval (Ctrl+,)</source>
        <translation>सर्वर पता, API कुंजी और पोल अंतराल (Ctrl+,)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About SimWatch</source>
        <translation>SimWatch के बारे में (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>सिमुलेशन (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता (&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>मुख्य टूलबार</translation>
    </message>
    <message>
        <source>Simu&amp;lations</source>
        <translation>सिमुलेशन (&amp;L)</translation>
    </message>
    <message>
        <source>Watched simulations</source>
        <translation>देखे जा रहे सिमुलेशन</translation>
    </message>
    <message>
        <source>Sentiment of finished calls</source>
        <translation>पूरी हुई कॉल की भावना</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>समय के साथ प्रगति</translation>
    </message>
    <message>
        <source>&amp;Calls</source>
        <translation>कॉल (&amp;C)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Forget History</source>
        <translation>इतिहास भूलें</translation>
    </message>
    <message>
        <source>No history is kept in this session.</source>
        <translation>इस सत्र में कोई इतिहास नहीं रखा जाता।</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %Ln run(s) kept on this computer? The server keeps its own data; this cannot be undone.</source>
        <translation>
            <numerusform>इस कंप्यूटर पर रखा गया %Ln रन हटाएँ? सर्वर अपना डेटा रखता है; इसे पूर्ववत नहीं किया जा सकता।</numerusform>
            <numerusform>इस कंप्यूटर पर रखे गए %Ln रन हटाएँ? सर्वर अपना डेटा रखता है; इसे पूर्ववत नहीं किया जा सकता।</numerusform>
        </translation>
    </message>
    <message>
        <source>History forgotten.</source>
        <translation>इतिहास भुला दिया गया।</translation>
    </message>
    <message numerus="yes">
        <source>No progress for %Ln minute(s): the run may be stuck.</source>
        <translation>
            <numerusform>%Ln मिनट से कोई प्रगति नहीं: रन अटका हो सकता है।</numerusform>
            <numerusform>%Ln मिनट से कोई प्रगति नहीं: रन अटका हो सकता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>From history, last fetched %1</source>
        <translation>इतिहास से, अंतिम बार %1 को लाया गया</translation>
    </message>
    <message>
        <source>Never updated</source>
        <translation>कभी अपडेट नहीं हुआ</translation>
    </message>
    <message>
        <source>Polling every %1 s</source>
        <translation>हर %1 s पर पोलिंग</translation>
    </message>
    <message>
        <source>Polling stopped after the error — F5 tries again</source>
        <translation>त्रुटि के बाद पोलिंग रुकी — F5 फिर से प्रयास करता है</translation>
    </message>
    <message numerus="yes">
        <source>Retrying in %Ln s (F5 now)</source>
        <translation>
            <numerusform>%Ln s में फिर प्रयास (अभी F5)</numerusform>
            <numerusform>%Ln s में फिर प्रयास (अभी F5)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retrying now…</source>
        <translation>अभी फिर से प्रयास हो रहा है…</translation>
    </message>
    <message>
        <source>Run finished — no more polling (F5 fetches again)</source>
        <translation>रन पूरा — अब पोलिंग नहीं (F5 फिर से लाता है)</translation>
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
        <translation>कोई सिमुलेशन नहीं चुना गया।
सिमुलेशन → सिमुलेशन जोड़ें… (Ctrl+N) से एक जोड़ें।</translation>
    </message>
    <message>
        <source>&amp;Calls (%1)</source>
        <translation>कॉल (%1) (&amp;C)</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>रीफ़्रेश हो रहा है…</translation>
    </message>
    <message>
        <source>development build</source>
        <translation>डेवलपमेंट बिल्ड</translation>
    </message>
    <message>
        <source>About SimWatch</source>
        <translation>SimWatch के बारे में</translation>
    </message>
    <message>
        <source>&lt;h3&gt;SimWatch %1&lt;/h3&gt;&lt;p&gt;Watches OmniDimension voice-agent simulations live and keeps their results at hand for review.&lt;/p&gt;&lt;p&gt;Dates and times are shown in UTC, as the API sends them without a time zone.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;SimWatch %1&lt;/h3&gt;&lt;p&gt;OmniDimension वॉइस-एजेंट सिमुलेशन को लाइव देखता है और समीक्षा के लिए उनके परिणाम संभाल कर रखता है।&lt;/p&gt;&lt;p&gt;तारीख और समय UTC में दिखाए जाते हैं, क्योंकि API उन्हें बिना समय क्षेत्र के भेजता है।&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Watch another simulation by its id or its link from the web app (Ctrl+N, Insert)</source>
        <translation>किसी अन्य सिमुलेशन को उसकी id या वेब ऐप के लिंक से देखें (Ctrl+N, Insert)</translation>
    </message>
    <message>
        <source>Stop watching the selected simulation (Delete in the list; Ctrl+Z brings it back)</source>
        <translation>चुने गए सिमुलेशन को देखना बंद करें (सूची में Delete; Ctrl+Z इसे वापस लाता है)</translation>
    </message>
    <message>
        <source>&amp;Undo Remove</source>
        <translation>हटाना पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>दृश्य (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट (&amp;K)</translation>
    </message>
    <message>
        <source>Keep watching in the tray?</source>
        <translation>ट्रे में देखना जारी रखें?</translation>
    </message>
    <message>
        <source>When the window is closed, SimWatch can go on watching in the system tray and tell you when runs end. Quit from the tray&apos;s menu or File ▸ Quit.

Keep watching in the tray?</source>
        <translation>विंडो बंद होने पर SimWatch सिस्टम ट्रे में देखना जारी रख सकता है और रन पूरे होने पर आपको बता सकता है। ट्रे के मेनू या फ़ाइल ▸ बाहर निकलें से बंद करें।

ट्रे में देखना जारी रखें?</translation>
    </message>
    <message numerus="yes">
        <source>Your verdicts and notes on %Ln run(s) are deleted too.</source>
        <translation>
            <numerusform>%Ln रन पर आपके निर्णय और नोट भी हटा दिए जाएँगे।</numerusform>
            <numerusform>%Ln रन पर आपके निर्णय और नोट भी हटा दिए जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>पूर्ववत करें</translation>
    </message>
    <message>
        <source>Put the run back where it was (%1)</source>
        <translation>रन को उसकी पहले वाली जगह पर वापस रखें (%1)</translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation>सिमुलेशन #%1</translation>
    </message>
    <message>
        <source>&amp;Undo Remove “%1”</source>
        <translation>“%1” हटाना पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>Removed “%1”</source>
        <translation>“%1” हटाया गया</translation>
    </message>
    <message>
        <source>“%1” is back in the watch list.</source>
        <translation>“%1” फिर से वॉच सूची में है।</translation>
    </message>
    <message>
        <source>All simulations</source>
        <translation>सभी सिमुलेशन</translation>
    </message>
    <message>
        <source>Simulations &amp;browser</source>
        <translation>सिमुलेशन ब्राउज़र (&amp;B)</translation>
    </message>
    <message>
        <source>Show or hide every simulation of the account</source>
        <translation>खाते के सभी सिमुलेशन दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>चार्ट</translation>
    </message>
    <message>
        <source>The sentiment of the finished calls and the progress over time, one tab each</source>
        <translation>पूरी हुई कॉलों का भाव और समय के साथ प्रगति, हर एक का अपना टैब</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>रीफ़्रेश</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
</context>
<context>
    <name>simwatch::NumberText</name>
    <message>
        <source>%1%</source>
        <extracomment>A share or progress in percent; German writes a space before the sign (&quot;42 %&quot;).</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>simwatch::ProgressChart</name>
    <message>
        <source>Progress (%)</source>
        <translation>प्रगति (%)</translation>
    </message>
    <message>
        <source>Finished calls</source>
        <translation>पूरी हुई कॉल</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>समय के साथ प्रगति</translation>
    </message>
    <message>
        <source>Progress over time appears once the run has moved twice while SimWatch watched it.</source>
        <translation>समय के साथ प्रगति तब दिखती है जब SimWatch के देखते हुए रन दो बार आगे बढ़ चुका हो।</translation>
    </message>
    <message>
        <source>From %1 to %2 (UTC): progress %3 to %4, finished calls %5 to %6</source>
        <translation>%1 से %2 (UTC) तक: प्रगति %3 से %4, पूरी हुई कॉल %5 से %6</translation>
    </message>
</context>
<context>
    <name>simwatch::ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %Ln call(s)</source>
        <translation>
            <numerusform>%Ln कॉल में से %1 के बाद रोका गया</numerusform>
            <numerusform>%Ln कॉल में से %1 के बाद रोका गया</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) not run</source>
        <translation>
            <numerusform>%Ln कॉल नहीं चली</numerusform>
            <numerusform>%Ln कॉल नहीं चलीं</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished %1 · In progress %2 · Remaining %3 of %4 call</source>
        <translation>पूरी %1 · जारी %2 · बाकी %3 / %4 कॉल</translation>
    </message>
    <message>
        <source>Finished %1 · In progress %2 · Remaining %3 of %4 calls</source>
        <translation>पूरी %1 · जारी %2 · बाकी %3 / %4 कॉल</translation>
    </message>
    <message>
        <source>%1 active</source>
        <translation>%1 सक्रिय</translation>
    </message>
    <message>
        <source>Waiting for the first answer from the server…</source>
        <translation>सर्वर के पहले उत्तर की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>Your verdicts: %1 pass · %2 fail · %3 unsure</source>
        <translation>आपके निर्णय: %1 पास · %2 फ़ेल · %3 अनिश्चित</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln call(s) to judge</source>
        <translation>
            <numerusform>%Ln कॉल में से %1 का निर्णय बाकी</numerusform>
            <numerusform>%Ln कॉल में से %1 का निर्णय बाकी</numerusform>
        </translation>
    </message>
    <message>
        <source>every call judged</source>
        <translation>हर कॉल का निर्णय हो चुका</translation>
    </message>
    <message>
        <source>No simulation selected</source>
        <translation>कोई सिमुलेशन नहीं चुना गया</translation>
    </message>
</context>
<context>
    <name>simwatch::PromptDiffView</name>
    <message>
        <source>Enhanced prompt suggestion</source>
        <translation>बेहतर प्रॉम्प्ट सुझाव</translation>
    </message>
    <message>
        <source>Current prompt</source>
        <translation>वर्तमान प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Suggested prompt</source>
        <translation>सुझाया गया प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>The agent&apos;s prompt as it is now (previous_context in the API)</source>
        <translation>एजेंट का प्रॉम्प्ट जैसा अभी है (API में previous_context)</translation>
    </message>
    <message>
        <source>The prompt the server suggests (prompt_breakdown in the API)</source>
        <translation>सर्वर द्वारा सुझाया गया प्रॉम्प्ट (API में prompt_breakdown)</translation>
    </message>
    <message>
        <source>Red: removed from the current prompt.  Green: added by the suggestion.</source>
        <translation>लाल: वर्तमान प्रॉम्प्ट से हटाया गया।  हरा: सुझाव द्वारा जोड़ा गया।</translation>
    </message>
    <message>
        <source>&amp;Copy suggested prompt</source>
        <translation>सुझाया गया प्रॉम्प्ट कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the whole suggested prompt, section by section, to paste it into the agent</source>
        <translation>पूरा सुझाया गया प्रॉम्प्ट, खंड दर खंड, एजेंट में चिपकाने के लिए कॉपी करें</translation>
    </message>
    <message>
        <source>Prompt suggestion for “%1”</source>
        <translation>“%1” के लिए प्रॉम्प्ट सुझाव</translation>
    </message>
    <message>
        <source>The prompt suggestion has been applied to the agent.</source>
        <translation>प्रॉम्प्ट सुझाव एजेंट पर लागू कर दिया गया है।</translation>
    </message>
    <message>
        <source>The prompt suggestion has not been applied to the agent.</source>
        <translation>प्रॉम्प्ट सुझाव एजेंट पर लागू नहीं किया गया है।</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>कॉपी किया गया</translation>
    </message>
    <message>
        <source> (unchanged)</source>
        <translation> (अपरिवर्तित)</translation>
    </message>
    <message>
        <source> (changed)</source>
        <translation> (बदला गया)</translation>
    </message>
    <message>
        <source> (new section)</source>
        <translation> (नया खंड)</translation>
    </message>
    <message>
        <source> (section removed)</source>
        <translation> (खंड हटाया गया)</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>बिना शीर्षक का खंड</translation>
    </message>
    <message>
        <source>The server sent no prompt sections.</source>
        <translation>सर्वर ने कोई प्रॉम्प्ट खंड नहीं भेजा।</translation>
    </message>
    <message>
        <source>%1 sections: %2 changed, %3 added, %4 removed.</source>
        <translation>%1 खंड: %2 बदले, %3 जोड़े, %4 हटाए।</translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingDetail</name>
    <message>
        <source>Select a call to see its details and transcript</source>
        <translation>विवरण और ट्रांसक्रिप्ट देखने के लिए कोई कॉल चुनें</translation>
    </message>
    <message>
        <source>Call details</source>
        <translation>कॉल विवरण</translation>
    </message>
    <message>
        <source>Play/pause the recording</source>
        <translation>रिकॉर्डिंग चलाएँ/रोकें</translation>
    </message>
    <message>
        <source>Find in call details</source>
        <translation>कॉल विवरण में खोजें</translation>
    </message>
    <message>
        <source>Call #%1</source>
        <translation>कॉल #%1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>कॉल %1</translation>
    </message>
    <message>
        <source>voice %1</source>
        <translation>आवाज़ %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>ट्रांसक्रिप्ट</translation>
    </message>
    <message>
        <source>No transcript</source>
        <translation>कोई ट्रांसक्रिप्ट नहीं</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>सभी फ़ील्ड</translation>
    </message>
    <message>
        <source>The server sent no details for this call.</source>
        <translation>सर्वर ने इस कॉल का कोई विवरण नहीं भेजा।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln turn(s), shown above under Transcript</source>
        <translation>
            <numerusform>%Ln बारी, ऊपर ट्रांसक्रिप्ट में दिखाई गई</numerusform>
            <numerusform>%Ln बारियाँ, ऊपर ट्रांसक्रिप्ट में दिखाई गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> … %Ln more characters not shown</source>
        <translation>
            <numerusform> … %Ln और वर्ण नहीं दिखाया गया</numerusform>
            <numerusform> … %Ln और वर्ण नहीं दिखाए गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingsFilter</name>
    <message>
        <source>Sort by %1 (%2; again for the reverse order)</source>
        <translation>%1 के अनुसार क्रमबद्ध करें (%2; उल्टे क्रम के लिए फिर से)</translation>
    </message>
</context>
<context>
    <name>simwatch::RecordingsPanel</name>
    <message>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>Next negative call</source>
        <translation>अगली नकारात्मक कॉल</translation>
    </message>
    <message>
        <source>Previous negative call</source>
        <translation>पिछली नकारात्मक कॉल</translation>
    </message>
    <message>
        <source>Search transcripts</source>
        <translation>ट्रांसक्रिप्ट खोजें</translation>
    </message>
    <message>
        <source>No calls have finished yet</source>
        <translation>अभी कोई कॉल पूरी नहीं हुई</translation>
    </message>
    <message>
        <source>Search transcripts…</source>
        <translation>ट्रांसक्रिप्ट खोजें…</translation>
    </message>
    <message>
        <source>Shows only the calls whose transcript contains this text (Ctrl+F from the calls)</source>
        <translation>केवल वे कॉल दिखाता है जिनके ट्रांसक्रिप्ट में यह पाठ है (कॉल सूची में Ctrl+F)</translation>
    </message>
    <message>
        <source>All sentiments</source>
        <translation>सभी भावनाएँ</translation>
    </message>
    <message>
        <source>Sentiment filter</source>
        <translation>भावना फ़िल्टर</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>सकारात्मक</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>नकारात्मक</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>तटस्थ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>स्थिति फ़िल्टर</translation>
    </message>
    <message>
        <source>All scenarios</source>
        <translation>सभी परिदृश्य</translation>
    </message>
    <message>
        <source>Scenario filter</source>
        <translation>परिदृश्य फ़िल्टर</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>सभी निर्णय</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>निर्णय फ़िल्टर</translation>
    </message>
    <message>
        <source>Not judged yet</source>
        <translation>अभी निर्णय नहीं हुआ</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>फ़िल्टर साफ़ करें</translation>
    </message>
    <message>
        <source>Show every call again</source>
        <translation>फिर से हर कॉल दिखाएँ</translation>
    </message>
    <message>
        <source>No simulation selected</source>
        <translation>कोई सिमुलेशन नहीं चुना गया</translation>
    </message>
    <message>
        <source>Waiting for the first answer from the server…</source>
        <translation>सर्वर के पहले उत्तर की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>This run has not been started: its calls are listed here once it runs.</source>
        <translation>यह रन शुरू नहीं हुआ है: चलने पर इसकी कॉल यहाँ दिखेंगी।</translation>
    </message>
    <message>
        <source>The run was stopped before any call finished.</source>
        <translation>कोई कॉल पूरी होने से पहले रन रोक दिया गया।</translation>
    </message>
    <message>
        <source>The server lists no calls for this run.</source>
        <translation>सर्वर इस रन के लिए कोई कॉल नहीं दिखाता।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) in progress, listed when they finish</source>
        <translation>
            <numerusform>%Ln कॉल जारी है, पूरी होने पर दिखेगी</numerusform>
            <numerusform>%Ln कॉल जारी हैं, पूरी होने पर दिखेंगी</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %1 of %2 calls</source>
        <translation>%2 में से %1 कॉल दिखाई जा रही हैं</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in progress, listed when they finish</source>
        <translation>
            <numerusform>%Ln और जारी है, पूरी होने पर दिखेगी</numerusform>
            <numerusform>%Ln और जारी हैं, पूरी होने पर दिखेंगी</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>अनिश्चित</translation>
    </message>
    <message>
        <source>&amp;Sort calls by</source>
        <translation>कॉल क्रमबद्ध करें (&amp;S)</translation>
    </message>
    <message>
        <source>Calls sorted by %1, ascending</source>
        <translation>कॉल %1 के अनुसार आरोही क्रम में</translation>
    </message>
    <message>
        <source>Calls sorted by %1, descending</source>
        <translation>कॉल %1 के अनुसार अवरोही क्रम में</translation>
    </message>
    <message>
        <source>No negative call among the calls shown</source>
        <translation>दिखाई गई कॉल में कोई नकारात्मक कॉल नहीं</translation>
    </message>
    <message>
        <source>No further negative call</source>
        <translation>आगे कोई नकारात्मक कॉल नहीं</translation>
    </message>
    <message>
        <source>No earlier negative call</source>
        <translation>पहले कोई नकारात्मक कॉल नहीं</translation>
    </message>
</context>
<context>
    <name>simwatch::ReviewPanes</name>
    <message>
        <source>S&amp;ummary</source>
        <translation>सारांश (&amp;U)</translation>
    </message>
    <message>
        <source>What went &amp;wrong</source>
        <translation>क्या गलत हुआ (&amp;W)</translation>
    </message>
    <message>
        <source>Su&amp;ggestions for improvement</source>
        <translation>सुधार के सुझाव (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Prompt suggestion</source>
        <translation>प्रॉम्प्ट सुझाव (&amp;P)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy the text exactly as the server sent it</source>
        <translation>पाठ ठीक वैसा ही कॉपी करें जैसा सर्वर ने भेजा</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Your notes</source>
        <translation>आपके नोट (&amp;Y)</translation>
    </message>
    <message>
        <source>Find in review text</source>
        <translation>समीक्षा पाठ में खोजें</translation>
    </message>
    <message>
        <source>Available, but the server sent no text</source>
        <translation>उपलब्ध, लेकिन सर्वर ने कोई पाठ नहीं भेजा</translation>
    </message>
    <message>
        <source>Not available: the run was stopped before its review was written</source>
        <translation>उपलब्ध नहीं: समीक्षा लिखे जाने से पहले रन रोक दिया गया</translation>
    </message>
    <message>
        <source>Not available: the server has no review text for this run</source>
        <translation>उपलब्ध नहीं: सर्वर के पास इस रन का कोई समीक्षा पाठ नहीं है</translation>
    </message>
    <message>
        <source>Not available: the run has not been started</source>
        <translation>उपलब्ध नहीं: रन शुरू नहीं हुआ है</translation>
    </message>
    <message>
        <source>Being written: the run has finished and its review is being calculated</source>
        <translation>लिखा जा रहा है: रन पूरा हो गया है और उसकी समीक्षा की गणना हो रही है</translation>
    </message>
    <message>
        <source>Not available yet: written when the run has finished</source>
        <translation>अभी उपलब्ध नहीं: रन पूरा होने पर लिखा जाएगा</translation>
    </message>
    <message>
        <source>Has text</source>
        <translation>पाठ है</translation>
    </message>
    <message>
        <source>Applied to the agent: unknown</source>
        <translation>एजेंट पर लागू: अज्ञात</translation>
    </message>
    <message>
        <source>Applied to the agent: yes</source>
        <translation>एजेंट पर लागू: हाँ</translation>
    </message>
    <message>
        <source>Applied to the agent: no</source>
        <translation>एजेंट पर लागू: नहीं</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>The run&apos;s summary, what went wrong, suggestions for improvement and prompt suggestion, one tab each</source>
        <translation>रन का सारांश, क्या गलत हुआ, सुधार के सुझाव और प्रॉम्प्ट सुझाव, हर एक का अपना टैब</translation>
    </message>
</context>
<context>
    <name>simwatch::RunEvents</name>
    <message>
        <source>Simulation #%1</source>
        <translation>सिमुलेशन #%1</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1 पूरा हुआ</translation>
    </message>
    <message numerus="yes">
        <source>Completed: %Ln call(s) · %1 positive, %2 negative, %3 neutral</source>
        <translation>
            <numerusform>पूरा: %Ln कॉल · %1 सकारात्मक, %2 नकारात्मक, %3 तटस्थ</numerusform>
            <numerusform>पूरा: %Ln कॉल · %1 सकारात्मक, %2 नकारात्मक, %3 तटस्थ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was stopped</source>
        <translation>%1 रोका गया</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %Ln call(s)</source>
        <translation>
            <numerusform>%Ln कॉल में से %1 के बाद रोका गया</numerusform>
            <numerusform>%Ln कॉल में से %1 के बाद रोका गया</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 started calling</source>
        <translation>%1 ने कॉल करना शुरू किया</translation>
    </message>
    <message numerus="yes">
        <source>The first test call of %Ln is under way</source>
        <translation>
            <numerusform>%Ln में से पहली टेस्ट कॉल जारी है</numerusform>
            <numerusform>%Ln में से पहली टेस्ट कॉल जारी है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln negative call(s)</source>
        <translation>
            <numerusform>%1: %Ln नकारात्मक कॉल</numerusform>
            <numerusform>%1: %Ln नकारात्मक कॉल</numerusform>
        </translation>
    </message>
    <message>
        <source>Call #%1 · %2</source>
        <translation>कॉल #%1 · %2</translation>
    </message>
</context>
<context>
    <name>simwatch::RunNoteEditor</name>
    <message>
        <source>Your notes on this run</source>
        <translation>इस रन पर आपके नोट</translation>
    </message>
    <message>
        <source>Your notes on this run: what to fix, what to test again…</source>
        <translation>इस रन पर आपके नोट: क्या ठीक करना है, क्या फिर से जाँचना है…</translation>
    </message>
    <message>
        <source>Kept on this computer with the history, and part of every export.</source>
        <translation>इस कंप्यूटर पर इतिहास के साथ रखे जाते हैं, और हर निर्यात का हिस्सा हैं।</translation>
    </message>
</context>
<context>
    <name>simwatch::SafeTextBrowser</name>
    <message>
        <source>Show call #%1 in the calls list</source>
        <translation>कॉल #%1 को कॉल सूची में दिखाएँ</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[चित्र नहीं दिखाया गया]</translation>
    </message>
</context>
<context>
    <name>simwatch::SecretStore</name>
    <message>
        <source>The key is stored in the system keychain.</source>
        <translation>कुंजी सिस्टम कीचेन में संग्रहीत है।</translation>
    </message>
    <message>
        <source>No system keychain is available: the key is kept for this session only.</source>
        <translation>कोई सिस्टम कीचेन उपलब्ध नहीं: कुंजी केवल इस सत्र के लिए रखी जाती है।</translation>
    </message>
    <message>
        <source>The key is stored unencrypted, as you asked, in a file only your user account can read.</source>
        <translation>आपके कहे अनुसार कुंजी बिना एन्क्रिप्शन के एक फ़ाइल में संग्रहीत है, जिसे केवल आपका उपयोगकर्ता खाता पढ़ सकता है।</translation>
    </message>
    <message>
        <source>The key will be stored in the system keychain.</source>
        <translation>कुंजी सिस्टम कीचेन में संग्रहीत की जाएगी।</translation>
    </message>
</context>
<context>
    <name>simwatch::SentimentPie</name>
    <message>
        <source>Positive</source>
        <translation>सकारात्मक</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>नकारात्मक</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>तटस्थ</translation>
    </message>
    <message>
        <source>Calls shown: %1 only</source>
        <translation>दिखाई गई कॉल: केवल %1</translation>
    </message>
    <message>
        <source>Click a slice to filter the calls</source>
        <translation>फ़िल्टर के लिए हिस्से पर क्लिक करें</translation>
    </message>
    <message>
        <source>Sentiment pie chart</source>
        <translation>भावना पाई चार्ट</translation>
    </message>
    <message>
        <source>No finished calls yet — sentiment appears as calls complete</source>
        <translation>अभी कोई कॉल पूरी नहीं — कॉल पूरी होने पर भावना दिखती है</translation>
    </message>
    <message>
        <source>Sentiment of finished calls</source>
        <translation>पूरी हुई कॉल की भावना</translation>
    </message>
    <message>
        <source>%1
Calls: %2 of %3 finished
Share: %4%
%5</source>
        <translation>%1
कॉल: %3 में से %2 पूरी
हिस्सा: %4%
%5</translation>
    </message>
    <message>
        <source>Click to show every call again</source>
        <translation>फिर से हर कॉल दिखाने के लिए क्लिक करें</translation>
    </message>
    <message>
        <source>Click to show only these calls</source>
        <translation>केवल ये कॉल दिखाने के लिए क्लिक करें</translation>
    </message>
</context>
<context>
    <name>simwatch::Session</name>
    <message>
        <source>The key comes from the OMNIDIM_API_KEY environment variable and is not stored.</source>
        <translation>कुंजी OMNIDIM_API_KEY एनवायरनमेंट वेरिएबल से आती है और संग्रहीत नहीं होती।</translation>
    </message>
</context>
<context>
    <name>simwatch::SettingsCheck</name>
    <message>
        <source>Enter a full address such as https://backend.omnidim.io/api/v1.</source>
        <translation>पूरा पता दर्ज करें, जैसे https://backend.omnidim.io/api/v1.</translation>
    </message>
    <message>
        <source>The address must start with https://.</source>
        <translation>पता https:// से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <source>Plain http:// would send the API key unencrypted. Use https://, or start SimWatch with --allow-insecure-http.</source>
        <translation>सादा http:// API कुंजी बिना एन्क्रिप्शन के भेजेगा। https:// का उपयोग करें, या SimWatch को --allow-insecure-http के साथ शुरू करें।</translation>
    </message>
    <message>
        <source>Do not put user names or passwords in the address.</source>
        <translation>पते में उपयोगकर्ता नाम या पासवर्ड न डालें।</translation>
    </message>
    <message>
        <source>Enter the API key from your OmniDimension dashboard.</source>
        <translation>अपने OmniDimension डैशबोर्ड से API कुंजी दर्ज करें।</translation>
    </message>
    <message>
        <source>An OmniDimension API key has at least 8 characters.</source>
        <translation>OmniDimension API कुंजी में कम से कम 8 वर्ण होते हैं।</translation>
    </message>
    <message>
        <source>The API key contains characters that are not allowed (spaces or non-ASCII).</source>
        <translation>API कुंजी में अनुमति न दिए गए वर्ण हैं (स्पेस या गैर-ASCII)।</translation>
    </message>
    <message>
        <source>The poll interval must be between 1 second and 1 hour.</source>
        <translation>पोल अंतराल 1 सेकंड और 1 घंटे के बीच होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>simwatch::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>From your OmniDimension dashboard</source>
        <translation>आपके OmniDimension डैशबोर्ड से</translation>
    </message>
    <message>
        <source>Store the key &amp;unencrypted in a file</source>
        <translation>कुंजी को फ़ाइल में बिना एन्क्रिप्शन के संग्रहीत करें (&amp;U)</translation>
    </message>
    <message>
        <source>The file can be read only by your user account, but anyone who gets into that account, or into a backup of your files, can then use this key. Use this only where no system keychain is available.</source>
        <translation>फ़ाइल केवल आपका उपयोगकर्ता खाता पढ़ सकता है, लेकिन जो भी उस खाते में या आपकी फ़ाइलों के बैकअप में पहुँच जाए, वह इस कुंजी का उपयोग कर सकता है। इसका उपयोग केवल वहीं करें जहाँ कोई सिस्टम कीचेन उपलब्ध न हो।</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How often a running simulation is fetched again.</source>
        <translation>चल रहे सिमुलेशन को कितनी बार फिर से लाया जाए।</translation>
    </message>
    <message>
        <source> min</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>A running simulation without progress for this long is flagged as possibly stuck.</source>
        <translation>इतने समय तक बिना प्रगति वाला चल रहा सिमुलेशन संभवतः अटका हुआ चिह्नित होता है।</translation>
    </message>
    <message>
        <source> runs</source>
        <translation> रन</translation>
    </message>
    <message>
        <source>&amp;Forget History…</source>
        <translation>इतिहास भूलें (&amp;F)…</translation>
    </message>
    <message>
        <source>Delete every run kept on this computer</source>
        <translation>इस कंप्यूटर पर रखे सभी रन हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>सर्वर पता (&amp;S):</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API कुंजी (&amp;K):</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>पोल अंतराल (&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Stuck after:</source>
        <translation>अटका माना जाए (&amp;T):</translation>
    </message>
    <message>
        <source>&amp;History keeps:</source>
        <translation>इतिहास में रखें (&amp;H):</translation>
    </message>
    <message>
        <source>Hide the key</source>
        <translation>कुंजी छिपाएँ</translation>
    </message>
    <message>
        <source>Show the key</source>
        <translation>कुंजी दिखाएँ</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>सिस्टम डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>A run completes</source>
        <translation>कोई रन पूरा होता है</translation>
    </message>
    <message>
        <source>A run is stopped</source>
        <translation>कोई रन रोका जाता है</translation>
    </message>
    <message>
        <source>A run starts its first call</source>
        <translation>कोई रन अपनी पहली कॉल शुरू करता है</translation>
    </message>
    <message>
        <source>A call ends with negative sentiment</source>
        <translation>कोई कॉल नकारात्मक भावना के साथ समाप्त होती है</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>As the desktop</source>
        <translation>डेस्कटॉप जैसी</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्की</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरी</translation>
    </message>
    <message>
        <source>Applies when SimWatch is started again.</source>
        <translation>SimWatch को फिर से शुरू करने पर लागू होता है।</translation>
    </message>
    <message>
        <source>Notify me when:</source>
        <translation>मुझे सूचित करें जब:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>थीम (&amp;M):</translation>
    </message>
</context>
<context>
    <name>simwatch::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>क्रिया</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>कुंजियाँ</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab move between the panes; in a list, the arrow keys move and Enter opens.</source>
        <translation>Tab और Shift+Tab पैनों के बीच जाते हैं; सूची में तीर कुंजियाँ चलाती हैं और Enter खोलता है।</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationActions</name>
    <message>
        <source>The server&apos;s reply could not be read.</source>
        <translation>सर्वर का उत्तर पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>रोका गया।</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>रोका गया: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) disconnected</source>
        <translation>
            <numerusform>%Ln कॉल डिस्कनेक्ट हुई</numerusform>
            <numerusform>%Ln कॉल डिस्कनेक्ट हुईं</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 विफल</translation>
    </message>
    <message numerus="yes">
        <source>%Ln pending call(s) cancelled</source>
        <translation>
            <numerusform>%Ln लंबित कॉल रद्द हुई</numerusform>
            <numerusform>%Ln लंबित कॉल रद्द हुईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. %1, %2, %3.</source>
        <translation>रोका गया। %1, %2, %3।</translation>
    </message>
    <message>
        <source>Prompt suggestions can only be enhanced once the simulation has completed.</source>
        <translation>प्रॉम्प्ट सुझाव केवल सिमुलेशन पूरा होने के बाद बेहतर किए जा सकते हैं।</translation>
    </message>
    <message>
        <source>The server did not stop the simulation and gave no reason.</source>
        <translation>सर्वर ने सिमुलेशन नहीं रोका और कोई कारण नहीं बताया।</translation>
    </message>
    <message>
        <source>The server could not enhance the prompt and gave no reason.</source>
        <translation>सर्वर प्रॉम्प्ट बेहतर नहीं कर सका और कोई कारण नहीं बताया।</translation>
    </message>
    <message>
        <source>The server did not start the simulation and gave no reason.</source>
        <translation>सर्वर ने सिमुलेशन शुरू नहीं किया और कोई कारण नहीं बताया।</translation>
    </message>
    <message>
        <source>The server did not create the simulation and gave no reason.</source>
        <translation>सर्वर ने सिमुलेशन नहीं बनाया और कोई कारण नहीं बताया।</translation>
    </message>
    <message>
        <source>%1 (run %2)</source>
        <translation>%1 (रन %2)</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationBrowser</name>
    <message>
        <source>Filter by name, agent or ID</source>
        <translation>नाम, एजेंट या ID से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter the simulations</source>
        <translation>सिमुलेशन फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Show simulations with the status</source>
        <translation>इस स्थिति वाले सिमुलेशन दिखाएँ</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>सभी स्थितियाँ</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>चल रहे</translation>
    </message>
    <message>
        <source>Simulations of the account</source>
        <translation>खाते के सिमुलेशन</translation>
    </message>
    <message>
        <source>Loading the simulations…</source>
        <translation>सिमुलेशन लोड हो रहे हैं…</translation>
    </message>
    <message>
        <source>No simulations loaded</source>
        <translation>कोई सिमुलेशन लोड नहीं हुआ</translation>
    </message>
    <message numerus="yes">
        <source>%Ln simulation(s) loaded</source>
        <translation>
            <numerusform>%Ln सिमुलेशन लोड हुआ</numerusform>
            <numerusform>%Ln सिमुलेशन लोड हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln simulation(s), %1 loaded</source>
        <translation>
            <numerusform>%Ln सिमुलेशन, %1 लोड हुए</numerusform>
            <numerusform>%Ln सिमुलेशन, %1 लोड हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln shown</source>
        <translation>
            <numerusform>%Ln दिखाया गया</numerusform>
            <numerusform>%Ln दिखाए गए</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The list could not be refreshed: %1 It shows the last one fetched.</source>
        <translation>⚠ सूची रीफ़्रेश नहीं हो सकी: %1 पिछली बार लाई गई सूची दिखाई जा रही है।</translation>
    </message>
    <message>
        <source>⚠ The list could not be fetched: %1</source>
        <translation>⚠ सूची लाई नहीं जा सकी: %1</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationCommands</name>
    <message>
        <source>&amp;Start…</source>
        <translation>शुरू करें (&amp;S)…</translation>
    </message>
    <message>
        <source>Start the selected Draft simulation: the server begins its test calls.</source>
        <translation>चुने गए Draft सिमुलेशन को शुरू करें: सर्वर अपनी टेस्ट कॉल शुरू करता है।</translation>
    </message>
    <message>
        <source>&amp;Run again…</source>
        <translation>फिर से चलाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>Create a new simulation with the same agent, scenarios and settings, and start it.</source>
        <translation>उसी एजेंट, परिदृश्यों और सेटिंग्स के साथ नया सिमुलेशन बनाएँ और उसे शुरू करें।</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>रोकें (&amp;T)…</translation>
    </message>
    <message>
        <source>Stop the selected simulation; calls in progress are disconnected.</source>
        <translation>चुना गया सिमुलेशन रोकें; जारी कॉल डिस्कनेक्ट हो जाती हैं।</translation>
    </message>
    <message>
        <source>&amp;Enhance prompt…</source>
        <translation>प्रॉम्प्ट बेहतर करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Ask the server for an enhanced prompt and compare it with the current one.</source>
        <translation>सर्वर से बेहतर प्रॉम्प्ट माँगें और उसकी तुलना वर्तमान से करें।</translation>
    </message>
    <message>
        <source>E&amp;xport review…</source>
        <translation>समीक्षा निर्यात करें (&amp;X)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Save the review as Markdown, PDF or JSON.</source>
        <translation>समीक्षा को Markdown, PDF या JSON के रूप में सहेजें।</translation>
    </message>
    <message>
        <source>Start this Draft run</source>
        <translation>यह Draft रन शुरू करें</translation>
    </message>
    <message>
        <source>Only a Draft run can be started; use Run again for a run that ran</source>
        <translation>केवल Draft रन शुरू किया जा सकता है; चल चुके रन के लिए &quot;फिर से चलाएँ&quot; का उपयोग करें</translation>
    </message>
    <message>
        <source>A new run with the same agent, scenarios and settings</source>
        <translation>उसी एजेंट, परिदृश्यों और सेटिंग्स के साथ एक नया रन</translation>
    </message>
    <message>
        <source>Needs a run whose agent and scenarios the server has sent</source>
        <translation>ऐसा रन चाहिए जिसके एजेंट और परिदृश्य सर्वर ने भेजे हों</translation>
    </message>
    <message>
        <source>Compare the agent&apos;s prompt with the suggested one</source>
        <translation>एजेंट के प्रॉम्प्ट की तुलना सुझाए गए प्रॉम्प्ट से करें</translation>
    </message>
    <message>
        <source>Available once the run is Completed</source>
        <translation>रन के Completed होने पर उपलब्ध</translation>
    </message>
    <message>
        <source>Simulation %1</source>
        <translation>सिमुलेशन %1</translation>
    </message>
    <message>
        <source>SimWatch</source>
        <translation>SimWatch</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>फिर से चलाएँ</translation>
    </message>
    <message>
        <source>&amp;Name of the new run:</source>
        <translation>नए रन का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Create and start</source>
        <translation>बनाएँ और शुरू करें</translation>
    </message>
    <message>
        <source>Start simulation “%1”? %2</source>
        <translation>सिमुलेशन “%1” शुरू करें? %2</translation>
    </message>
    <message numerus="yes">
        <source>The server will make %Ln test call(s).</source>
        <translation>
            <numerusform>सर्वर %Ln टेस्ट कॉल करेगा।</numerusform>
            <numerusform>सर्वर %Ln टेस्ट कॉल करेगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>Start simulation</source>
        <translation>सिमुलेशन शुरू करें</translation>
    </message>
    <message>
        <source>Starting “%1”…</source>
        <translation>“%1” शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Started “%1”.</source>
        <translation>“%1” शुरू हुआ।</translation>
    </message>
    <message>
        <source>Could not start “%1”: %2</source>
        <translation>“%1” शुरू नहीं हो सका: %2</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>एजेंट %1</translation>
    </message>
    <message>
        <source>Create a new simulation like “%1” (agent “%2”, %3, the same settings) and start it? %4</source>
        <translation>“%1” जैसा नया सिमुलेशन बनाएँ (एजेंट “%2”, %3, वही सेटिंग्स) और उसे शुरू करें? %4</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln परिदृश्य</numerusform>
            <numerusform>%Ln परिदृश्य</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating “%1”…</source>
        <translation>“%1” बनाया जा रहा है…</translation>
    </message>
    <message>
        <source>Could not create “%1”: %2</source>
        <translation>“%1” नहीं बनाया जा सका: %2</translation>
    </message>
    <message>
        <source>Created “%1” (#%2) and started it.</source>
        <translation>“%1” (#%2) बनाया और शुरू किया।</translation>
    </message>
    <message>
        <source>Created “%1” (#%2), but could not start it; it stays a Draft (Simulation ▸ Start… starts it): %3</source>
        <translation>“%1” (#%2) बनाया, लेकिन शुरू नहीं हो सका; यह Draft बना रहेगा (सिमुलेशन ▸ शुरू करें… से शुरू करें): %3</translation>
    </message>
    <message>
        <source>Stop simulation “%1”? Calls in progress will be disconnected.</source>
        <translation>सिमुलेशन “%1” रोकें? जारी कॉल डिस्कनेक्ट हो जाएँगी।</translation>
    </message>
    <message>
        <source>Stop simulation</source>
        <translation>सिमुलेशन रोकें</translation>
    </message>
    <message>
        <source>Stopping “%1”…</source>
        <translation>“%1” रोका जा रहा है…</translation>
    </message>
    <message>
        <source>Asking the server for an enhanced prompt…</source>
        <translation>सर्वर से बेहतर प्रॉम्प्ट माँगा जा रहा है…</translation>
    </message>
    <message>
        <source>Enhanced prompt received.</source>
        <translation>बेहतर प्रॉम्प्ट मिल गया।</translation>
    </message>
    <message>
        <source>Export review</source>
        <translation>समीक्षा निर्यात करें</translation>
    </message>
    <message>
        <source>Choose a file name ending in .md, .pdf or .json.</source>
        <translation>.md, .pdf या .json पर समाप्त होने वाला फ़ाइल नाम चुनें।</translation>
    </message>
    <message>
        <source>Review saved to %1</source>
        <translation>समीक्षा %1 में सहेजी गई</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationHeader</name>
    <message>
        <source>Simulation #%1</source>
        <translation>सिमुलेशन #%1</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>सर्वर की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>No simulation selected</source>
        <translation>कोई सिमुलेशन नहीं चुना गया</translation>
    </message>
    <message>
        <source>Agent unknown</source>
        <translation>एजेंट अज्ञात</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scenario(s)</source>
        <translation>
            <numerusform>%Ln परिदृश्य</numerusform>
            <numerusform>%Ln परिदृश्य</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s)</source>
        <translation>
            <numerusform>%Ln कॉल</numerusform>
            <numerusform>%Ln कॉल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) per scenario</source>
        <translation>
            <numerusform>प्रति परिदृश्य %Ln कॉल</numerusform>
            <numerusform>प्रति परिदृश्य %Ln कॉल</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at a time</source>
        <translation>एक साथ %1</translation>
    </message>
    <message>
        <source>up to %1 min per call</source>
        <translation>प्रति कॉल अधिकतम %1 मिनट</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationListModel</name>
    <message>
        <source>Simulation #%1</source>
        <translation>सिमुलेशन #%1</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>एजेंट #%1</translation>
    </message>
    <message>
        <source>No agent</source>
        <translation>कोई एजेंट नहीं</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>अज्ञात स्थिति</translation>
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
        <translation>सकारात्मक %1, नकारात्मक %2, तटस्थ %3</translation>
    </message>
    <message>
        <source>Watching: in the watch list</source>
        <translation>देखा जा रहा है: वॉच सूची में</translation>
    </message>
    <message>
        <source>Watching</source>
        <translation>देखा जा रहा है</translation>
    </message>
    <message>
        <source>Not watched</source>
        <translation>नहीं देखा जा रहा</translation>
    </message>
    <message>
        <source>Watching: the run is in the watch list</source>
        <translation>देखा जा रहा है: रन वॉच सूची में है</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Calls done</source>
        <translation>पूरी कॉल</translation>
    </message>
    <message>
        <source>Sentiment +/−/=</source>
        <translation>भावना +/−/=</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>बनाया गया (UTC)</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationModel</name>
    <message>
        <source>Simulation #%1</source>
        <translation>सिमुलेशन #%1</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>भावना</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>%1, %2 done</source>
        <translation>%1, %2 पूरा</translation>
    </message>
</context>
<context>
    <name>simwatch::SimulationStore</name>
    <message>
        <source>progress %1% → %2%</source>
        <translation>प्रगति %1% → %2%</translation>
    </message>
    <message>
        <source>finished calls %1 → %2</source>
        <translation>पूरी हुई कॉल %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln call(s) no longer listed</source>
        <translation>
            <numerusform>%Ln कॉल अब सूची में नहीं</numerusform>
            <numerusform>%Ln कॉल अब सूची में नहीं</numerusform>
        </translation>
    </message>
    <message>
        <source>The server now reports less than before: %1. Shown as the server says it now.</source>
        <translation>सर्वर अब पहले से कम बता रहा है: %1। जैसा सर्वर अब बताता है, वैसा दिखाया गया है।</translation>
    </message>
</context>
<context>
    <name>simwatch::StatusBadge</name>
    <message>
        <source>%1 · last known</source>
        <translation>%1 · अंतिम ज्ञात</translation>
    </message>
    <message>
        <source>Status: %1 (last known: the server is not answering)</source>
        <translation>स्थिति: %1 (अंतिम ज्ञात: सर्वर उत्तर नहीं दे रहा)</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>स्थिति: %1</translation>
    </message>
</context>
<context>
    <name>simwatch::TrayIcon</name>
    <message numerus="yes">
        <source>%Ln cannot be fetched</source>
        <translation>
            <numerusform>%Ln लाया नहीं जा सकता</numerusform>
            <numerusform>%Ln लाए नहीं जा सकते</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln running</source>
        <translation>
            <numerusform>%Ln चल रहा है</numerusform>
            <numerusform>%Ln चल रहे हैं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finished</source>
        <translation>
            <numerusform>%Ln पूरा</numerusform>
            <numerusform>%Ln पूरे</numerusform>
        </translation>
    </message>
    <message>
        <source>SimWatch: no simulations watched</source>
        <translation>SimWatch: कोई सिमुलेशन नहीं देखा जा रहा</translation>
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
        <translation>SimWatch दिखाएँ (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें (&amp;Q)</translation>
    </message>
</context>
<context>
    <name>simwatch::UiText</name>
    <message>
        <source>No data yet</source>
        <translation>अभी कोई डेटा नहीं</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>अज्ञात स्थिति</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Agent #%1</source>
        <translation>एजेंट #%1</translation>
    </message>
    <message>
        <source>Agent unknown</source>
        <translation>एजेंट अज्ञात</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Creation date unknown</source>
        <translation>निर्माण तिथि अज्ञात</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 मिनट</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 घंटे</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln दिन</numerusform>
            <numerusform>%Ln दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>सर्वर तक नहीं पहुँच सकते</translation>
    </message>
    <message>
        <source>The server did not answer in time</source>
        <translation>सर्वर ने समय पर उत्तर नहीं दिया</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>सुरक्षित कनेक्शन विफल</translation>
    </message>
    <message>
        <source>API key rejected</source>
        <translation>API कुंजी अस्वीकृत</translation>
    </message>
    <message>
        <source>No access to simulations</source>
        <translation>सिमुलेशन तक पहुँच नहीं</translation>
    </message>
    <message>
        <source>Simulation not found</source>
        <translation>सिमुलेशन नहीं मिला</translation>
    </message>
    <message>
        <source>Too many requests</source>
        <translation>बहुत अधिक अनुरोध</translation>
    </message>
    <message>
        <source>The server answered with an error</source>
        <translation>सर्वर ने त्रुटि के साथ उत्तर दिया</translation>
    </message>
    <message>
        <source>The server sent an answer SimWatch cannot read</source>
        <translation>सर्वर ने ऐसा उत्तर भेजा जिसे SimWatch पढ़ नहीं सकता</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>कुछ गलत हो गया</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 को बनाया गया</translation>
    </message>
    <message>
        <source>The server does not know this simulation.</source>
        <translation>सर्वर इस सिमुलेशन को नहीं जानता।</translation>
    </message>
    <message>
        <source>The server refused access to this simulation.</source>
        <translation>सर्वर ने इस सिमुलेशन तक पहुँच से इनकार किया।</translation>
    </message>
    <message>
        <source>No data yet: the last attempt failed (see above).</source>
        <translation>अभी कोई डेटा नहीं: पिछला प्रयास विफल रहा (ऊपर देखें)।</translation>
    </message>
</context>
<context>
    <name>simwatch::VerdictPanel</name>
    <message>
        <source>Your verdict:</source>
        <translation>आपका निर्णय:</translation>
    </message>
    <message>
        <source>The agent did what the scenario expected (Ctrl+1)</source>
        <translation>एजेंट ने वही किया जो परिदृश्य में अपेक्षित था (Ctrl+1)</translation>
    </message>
    <message>
        <source>The agent did not do what the scenario expected (Ctrl+2)</source>
        <translation>एजेंट ने वह नहीं किया जो परिदृश्य में अपेक्षित था (Ctrl+2)</translation>
    </message>
    <message>
        <source>Needs another look (Ctrl+3)</source>
        <translation>फिर से देखने की ज़रूरत (Ctrl+3)</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>निर्णय: %1</translation>
    </message>
    <message>
        <source>Note on this call (saved as you type)</source>
        <translation>इस कॉल पर नोट (लिखते समय सहेजा जाता है)</translation>
    </message>
    <message>
        <source>Note on this call</source>
        <translation>इस कॉल पर नोट</translation>
    </message>
    <message>
        <source>Expected result: not given for this call&apos;s scenario.</source>
        <translation>अपेक्षित परिणाम: इस कॉल के परिदृश्य के लिए नहीं दिया गया।</translation>
    </message>
    <message>
        <source>Expected result: %1</source>
        <translation>अपेक्षित परिणाम: %1</translation>
    </message>
</context>
<context>
    <name>simwatch::Verdicts</name>
    <message>
        <source>Pass</source>
        <translation>पास</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>फ़ेल</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>अनिश्चित</translation>
    </message>
    <message>
        <source>Verdicts and notes are kept in the history, which is off.</source>
        <translation>निर्णय और नोट इतिहास में रखे जाते हैं, जो बंद है।</translation>
    </message>
    <message>
        <source>Verdicts and notes cannot be saved: %1</source>
        <translation>निर्णय और नोट सहेजे नहीं जा सकते: %1</translation>
    </message>
</context>
<context>
    <name>simwatch::WatchListDelegate</name>
    <message>
        <source>Waiting for data…</source>
        <translation>डेटा की प्रतीक्षा…</translation>
    </message>
    <message>
        <source>Simulation #%1</source>
        <translation>सिमुलेशन #%1</translation>
    </message>
</context>
<context>
    <name>simwatch::Watcher</name>
    <message>
        <source>Simulation %1 does not exist, or this API key cannot see it.</source>
        <translation>सिमुलेशन %1 मौजूद नहीं है, या यह API कुंजी इसे नहीं देख सकती।</translation>
    </message>
    <message>
        <source>The server sent simulation %1 when simulation %2 was asked for.</source>
        <translation>सिमुलेशन %2 माँगा गया था, पर सर्वर ने सिमुलेशन %1 भेजा।</translation>
    </message>
</context>
<context>
    <name>simwatch::headless</name>
    <message>
        <source>#%1 %2: %3, %4% (%5 of %6 calls finished, %7 in progress); sentiment +%8 -%9 =%10</source>
        <translation>#%1 %2: %3, %4% (%6 में से %5 कॉल पूरी, %7 जारी); भावना +%8 -%9 =%10</translation>
    </message>
    <message>
        <source>; summary available</source>
        <translation>; सारांश उपलब्ध</translation>
    </message>
    <message>
        <source>#%1: no data yet</source>
        <translation>#%1: अभी कोई डेटा नहीं</translation>
    </message>
    <message>
        <source> [error: %1]</source>
        <translation> [त्रुटि: %1]</translation>
    </message>
</context>
<context>
    <name>simwatch::parse</name>
    <message>
        <source>The server&apos;s simulation object has no valid id.</source>
        <translation>सर्वर के सिमुलेशन ऑब्जेक्ट में कोई मान्य id नहीं है।</translation>
    </message>
    <message>
        <source>The server&apos;s reply is empty.</source>
        <translation>सर्वर का उत्तर खाली है।</translation>
    </message>
    <message>
        <source>The server replied with a web page instead of JSON data.</source>
        <translation>सर्वर ने JSON डेटा के बजाय एक वेब पेज भेजा।</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1 at byte %2).</source>
        <translation>सर्वर का उत्तर मान्य JSON नहीं है (बाइट %2 पर %1)।</translation>
    </message>
    <message>
        <source>The server&apos;s reply is a JSON array, not an object.</source>
        <translation>सर्वर का उत्तर एक JSON array है, object नहीं।</translation>
    </message>
    <message>
        <source>The server&apos;s reply is not a JSON object.</source>
        <translation>सर्वर का उत्तर JSON object नहीं है।</translation>
    </message>
    <message>
        <source>The server reported a failure without giving a reason.</source>
        <translation>सर्वर ने बिना कारण बताए विफलता की सूचना दी।</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no simulation object.</source>
        <translation>सर्वर के उत्तर में कोई सिमुलेशन ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>The server&apos;s reply has no list of simulations.</source>
        <translation>सर्वर के उत्तर में सिमुलेशन की कोई सूची नहीं है।</translation>
    </message>
</context>
<context>
    <name>simwatch::report</name>
    <message>
        <source>Simulation %1</source>
        <translation>सिमुलेशन %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>एजेंट</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Calls finished</source>
        <translation>पूरी हुई कॉल</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>सकारात्मक</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>नकारात्मक</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>तटस्थ</translation>
    </message>
    <message>
        <source>Median call</source>
        <translation>माध्यिका कॉल</translation>
    </message>
    <message>
        <source>Mean call</source>
        <translation>औसत कॉल</translation>
    </message>
    <message>
        <source>Longest call</source>
        <translation>सबसे लंबी कॉल</translation>
    </message>
    <message>
        <source>Comparison: %1 → %2</source>
        <translation>तुलना: %1 → %2</translation>
    </message>
    <message>
        <source>Exported at %1.</source>
        <translation>%1 को निर्यात किया गया।</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>माप</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>पहले: %1</translation>
    </message>
    <message>
        <source>After: %1</source>
        <translation>बाद में: %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <source>Sentiment per scenario</source>
        <translation>प्रति परिदृश्य भावना</translation>
    </message>
    <message>
        <source>No calls are listed in either run.</source>
        <translation>किसी भी रन में कोई कॉल सूचीबद्ध नहीं है।</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>पहले</translation>
    </message>
    <message>
        <source>After</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>समीक्षा</translation>
    </message>
    <message>
        <source>Unchanged.</source>
        <translation>अपरिवर्तित।</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>अज्ञात रिपोर्ट प्रारूप।</translation>
    </message>
    <message>
        <source>SimWatch review</source>
        <translation>SimWatch समीक्षा</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Simulation id</source>
        <translation>सिमुलेशन id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>एजेंट %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>अज्ञात</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>बनाया गया (UTC)</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>निर्यात समय (UTC)</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>कॉन्फ़िगरेशन</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>Calls per scenario</source>
        <translation>प्रति परिदृश्य कॉल</translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation>एक साथ कॉल</translation>
    </message>
    <message>
        <source>Max call duration (minutes)</source>
        <translation>अधिकतम कॉल अवधि (मिनट)</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>परिदृश्य</translation>
    </message>
    <message>
        <source>No scenarios listed.</source>
        <translation>कोई परिदृश्य सूचीबद्ध नहीं।</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Total calls</source>
        <translation>कुल कॉल</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>पूरी</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>जारी</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>Active calls</source>
        <translation>सक्रिय कॉल</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>भावना</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>हिस्सा</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>क्या गलत हुआ</translation>
    </message>
    <message>
        <source>Suggestions for improvement</source>
        <translation>सुधार के सुझाव</translation>
    </message>
    <message>
        <source>Prompt suggestion</source>
        <translation>प्रॉम्प्ट सुझाव</translation>
    </message>
    <message>
        <source>Prompt suggestion applied to the agent: %1</source>
        <translation>प्रॉम्प्ट सुझाव एजेंट पर लागू: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>Your verdicts and notes</source>
        <translation>आपके निर्णय और नोट</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>कॉल %1</translation>
    </message>
    <message>
        <source>No calls recorded.</source>
        <translation>कोई कॉल रिकॉर्ड नहीं हुई।</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <source>Simulation review exported by SimWatch</source>
        <translation>SimWatch द्वारा निर्यात की गई सिमुलेशन समीक्षा</translation>
    </message>
    <message>
        <source>Progress and calls</source>
        <translation>प्रगति और कॉल</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>कुल</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: the file cannot be created.</source>
        <translation>&quot;%1&quot; लिखा नहीं जा सका: फ़ाइल बनाई नहीं जा सकती।</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>पृष्ठ %1 / %2</translation>
    </message>
    <message>
        <source>SimWatch review — %1</source>
        <translation>SimWatch समीक्षा — %1</translation>
    </message>
    <message>
        <source>Could not write &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; लिखा नहीं जा सका: %2</translation>
    </message>
    <message>
        <source>Available, but the server sent no text.</source>
        <translation>उपलब्ध, लेकिन सर्वर ने कोई पाठ नहीं भेजा।</translation>
    </message>
    <message>
        <source>Not computed yet.</source>
        <translation>अभी गणना नहीं हुई।</translation>
    </message>
    <message>
        <source>Not provided by the server.</source>
        <translation>सर्वर ने नहीं दिया।</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>परिदृश्य %1</translation>
    </message>
    <message>
        <source>Unnamed scenario</source>
        <translation>बिना नाम का परिदृश्य</translation>
    </message>
    <message numerus="yes">
        <source>%1 pass · %2 fail · %3 unsure · %4 of %Ln call(s) not judged</source>
        <translation>
            <numerusform>%1 पास · %2 फ़ेल · %3 अनिश्चित · %Ln कॉल में से %4 का निर्णय नहीं हुआ</numerusform>
            <numerusform>%1 पास · %2 फ़ेल · %3 अनिश्चित · %Ln कॉल में से %4 का निर्णय नहीं हुआ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2 (%3%)</translation>
    </message>
    <message>
        <source>No finished calls yet.</source>
        <translation>अभी कोई कॉल पूरी नहीं हुई।</translation>
    </message>
</context>
</TS>
