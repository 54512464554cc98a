<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>simwatch::ApiClient</name>
    <message numerus="yes">
        <location filename="../app/core/api/apiclient.cpp" line="278"/>
        <source>The server is limiting requests; SimWatch will try again in %n s.</source>
        <translation>
            <numerusform>The server is limiting requests; SimWatch will try again in %n second.</numerusform>
            <numerusform>The server is limiting requests; SimWatch will try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
</TS>
