<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>cli</name>
    <message numerus="yes">
        <location filename="../app/cli/accountcommands.cpp" line="120"/>
        <source>a code was sent to %1; it expires in %n minutes. Run: cardinal-cli confirm CODE</source>
        <translation>
            <numerusform>a code was sent to %1; it expires in %n minute. Run: cardinal-cli confirm CODE</numerusform>
            <numerusform>a code was sent to %1; it expires in %n minutes. Run: cardinal-cli confirm CODE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/chatcommands.cpp" line="96"/>
        <source>%1 (%2 of %n devices)</source>
        <extracomment>%1 is a message state (&quot;stored&quot;, &quot;delivered&quot;), %2 a count of devices.</extracomment>
        <translation>
            <numerusform>%1 (%2 of %n device)</numerusform>
            <numerusform>%1 (%2 of %n devices)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/offlinecommands.cpp" line="120"/>
        <source>Choose a passphrase (at least %n characters): </source>
        <translation>
            <numerusform>Choose a passphrase (at least %n character): </numerusform>
            <numerusform>Choose a passphrase (at least %n characters): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/terminal.cpp" line="103"/>
        <source>input is larger than %n bytes</source>
        <translation>
            <numerusform>input is larger than %n byte</numerusform>
            <numerusform>input is larger than %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ktcommands.cpp" line="88"/>
        <source>%n key-transparency alert(s) open; see &apos;kt evidence&apos;</source>
        <translation>
            <numerusform>%n key-transparency alert open; see &apos;kt evidence&apos;</numerusform>
            <numerusform>%n key-transparency alerts open; see &apos;kt evidence&apos;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/ktcommands.cpp" line="239"/>
        <source>%n piece(s) of evidence written to %1</source>
        <translation>
            <numerusform>%n piece of evidence written to %1</numerusform>
            <numerusform>%n pieces of evidence written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/onlinesession.cpp" line="49"/>
        <source>cardinal-cli: ALERT: %n key-transparency alert(s) open; run &apos;cardinal-cli kt status&apos;</source>
        <translation>
            <numerusform>cardinal-cli: ALERT: %n key-transparency alert open; run &apos;cardinal-cli kt status&apos;</numerusform>
            <numerusform>cardinal-cli: ALERT: %n key-transparency alerts open; run &apos;cardinal-cli kt status&apos;</numerusform>
        </translation>
    </message>
</context>
</TS>
