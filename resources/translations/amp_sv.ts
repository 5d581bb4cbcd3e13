<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Domain</name>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="82"/>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="83"/>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="84"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="85"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="86"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="87"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="88"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="89"/>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="90"/>
        <source>Work trial/training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="91"/>
        <source>Job search/coaching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="92"/>
        <source>Orientation/guidance course</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="93"/>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="94"/>
        <source>Placement with a public employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="95"/>
        <source>Study/vocational guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="96"/>
        <source>Municipal labour-market employment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="97"/>
        <source>Summer jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="98"/>
        <source>Mapping of prior skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="99"/>
        <source>Arbetsförmedlingen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="100"/>
        <source>Försäkringskassan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="101"/>
        <source>The person themself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="102"/>
        <source>Social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="103"/>
        <source>Arbetsförmedlingen with social services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="104"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Example</name>
    <message>
        <location filename="../../amp_desktop/core/example.py" line="239"/>
        <source>Open the example catalogue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="124"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="125"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="126"/>
        <source>Short code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="127"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="128"/>
        <source>Target group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="129"/>
        <source>Minimum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="130"/>
        <source>Maximum age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="131"/>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="132"/>
        <source>Budgeted places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="133"/>
        <source>Annual budget (SEK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="134"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="135"/>
        <source>SKR category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="136"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="137"/>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="138"/>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="139"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="140"/>
        <source>Average stay (weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="141"/>
        <source>Months it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="142"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="143"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/domain.py" line="144"/>
        <source>Referral sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <location filename="../../amp_desktop/core/store/lock.py" line="33"/>
        <source>{user} on {host} (process {pid}) since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock.py" line="44"/>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/lock.py" line="46"/>
        <source>{file} is open for editing by {who}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Parse</name>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="100"/>
        <source>Places: expected a number of places.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="106"/>
        <source>Places: a number of places must be whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="111"/>
        <source>Places: expected a number such as 24 or 24 (budget 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="147"/>
        <source>Referral sources: a closing bracket has no opening one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="160"/>
        <source>Referral sources: a bracket is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="240"/>
        <source>Type: expected Primär or Sekundär (primary or secondary).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="258"/>
        <source>Number: both comma and point in one number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="263"/>
        <source>Number: not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="275"/>
        <source>Amount: expected an amount in kronor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="283"/>
        <source>Amount: expected an amount such as 1 200 000 kr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="294"/>
        <source>Amount: expected whole kronor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="303"/>
        <location filename="../../amp_desktop/core/parse.py" line="311"/>
        <source>Number: expected a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="320"/>
        <source>Number: expected a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="340"/>
        <source>Date: write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="366"/>
        <source>Months it runs: list month numbers such as 6,7,8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/parse.py" line="369"/>
        <source>Months it runs: months are numbered 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../amp_desktop/ui/dialogs.py" line="30"/>
        <source>OK</source>
        <extracomment>When set, called instead of showing a dialog: ``answerer(kind, **details)``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="57"/>
        <source>Name: a programme needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="59"/>
        <source>Name: at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="61"/>
        <source>Name: another programme already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="64"/>
        <source>Short code: another programme already has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="73"/>
        <source>Average stay (weeks): must be more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="77"/>
        <source>Average stay (weeks): at most 520 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="88"/>
        <source>Maximum age: must not be below the minimum age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="100"/>
        <source>End date: must be after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="102"/>
        <source>Months it runs: months are numbered 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="105"/>
        <source>Text: at most 10,000 characters in a field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="109"/>
        <source>Referral sources: a source has no code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="113"/>
        <source>Referral sources: a source is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="121"/>
        <source>Places: must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="122"/>
        <source>Budgeted places: must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="123"/>
        <source>Annual budget (SEK): must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="129"/>
        <source>Minimum age: must be between 0 and 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="130"/>
        <source>Maximum age: must be between 0 and 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="136"/>
        <source>Start date: write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/rules.py" line="137"/>
        <source>End date: write the date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="81"/>
        <source>The file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="84"/>
        <source>{path} is a folder, not a catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="88"/>
        <source>{path} is empty, not an AMP catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="102"/>
        <source>{path} is not an AMP catalogue ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="108"/>
        <source>{path} is not an AMP catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="112"/>
        <source>{path} was saved by a newer version of AMP (file version {v}, this AMP reads up to {mine}). Update AMP to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="140"/>
        <source>{path} already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="172"/>
        <source>{path} is from an older AMP and must be opened for editing once to be upgraded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="216"/>
        <source>The catalogue is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="401"/>
        <source>Add “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="413"/>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="447"/>
        <source>The programme no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="417"/>
        <source>Edit “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="432"/>
        <source>Delete “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="434"/>
        <source>Delete {n} programmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="449"/>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="531"/>
        <source>Referral source {code} was changed elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="550"/>
        <source>“{name}” has changed since this action; it cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="580"/>
        <source>Demand was changed elsewhere; it cannot be applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../amp_desktop/core/store/catalogue.py" line="591"/>
        <source>Referrals: must be 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
