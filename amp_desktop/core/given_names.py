"""Given names common in Sweden (case-folded): evidence that a column of single words
holds persons' first names even when few of them differ (a list of a few persons'
many enrolments), see :func:`~amp_desktop.core.excel.participant_columns.name_columns_by_values`,
and that a text meant as a referral source is a person's name
(:func:`~amp_desktop.core.personal.looks_like_person_name`).  Never a closed list: a
column of names mostly not here is still found when its values differ as persons'
names do."""

from __future__ import annotations

_WRITTEN = """
    agnes alice alma amanda amelia amina anette angelica anita ann anna anneli annika
    astrid barbro birgitta britt carina caroline cecilia charlotte christina clara
    camilla dina ebba elin elisabeth ella ellen elsa emelie emilia emma ester eva
    evelina fatima felicia frida gabriella greta gun gunilla hanna hedvig helen helena
    ida ingegerd inger ingrid irene isabella jenny jessica johanna josefin julia
    karin katarina kerstin klara kristina leila lena lilly linda linn linnea linnéa
    lisa liv louise lovisa lucia madeleine maja malin margareta maria marianne marie
    mariam matilda moa monica my märta nadia nora nour olivia ronja rut sabina saga
    sandra sara selma signe siv sofia sofie stina susanne svea therese tilda tove
    ulla ulrika vera victoria viktoria wilma yasmin ylva zahra åsa
    abdi abdullah adam ahmad ahmed albin alexander alfred ali alvin amir anders andreas
    anton arvid august axel bengt bertil björn bo carl casper christer christian
    daniel david dennis ebbe edvin elias elis emil erik filip folke fredrik gustav
    göran hamid hampus hans harald hassan henrik hugo hussein ibrahim isak ivar jakob
    jan jesper joakim joel johan johannes jonas jonathan josef kalle karl kent kevin
    kjell lars lennart leo leon liam linus loke love lucas ludvig magnus malte marcus
    martin mats mattias max melvin mikael milo mohamad mohamed mohammad mohammed
    muhammad mustafa nils noah oliver olle omar oscar otto patrik per peter rasmus
    robert roger rolf samuel sebastian simon sixten stefan sten sune sven theo thomas
    tobias tommy ture ulf valter vincent viggo viktor william yusuf åke
    """
GIVEN_NAMES = frozenset(_WRITTEN.split())
