#!/usr/bin/env python3
# After `cmake --build build --target update_translations`: gives every new "%n ...(s)" message of
# the English file its two forms ("%n call", "%n calls"), so that the translations test passes.
# Run from the project root. Other languages are translated by people, not by this script.
import re
p='translations/simwatch_en.ts'; s=open(p).read()
def fill(m):
    src=m.group(1)
    return ('<message numerus="yes">\n        <source>%s</source>\n        <translation>\n            <numerusform>%s</numerusform>\n            <numerusform>%s</numerusform>\n        </translation>\n    </message>'%(src,src.replace('(s)',''),src.replace('(s)','s')))
s=re.sub(r'<message numerus="yes">\s*<source>(.*?)</source>\s*<translation type="unfinished">\s*<numerusform></numerusform>\s*<numerusform></numerusform>\s*</translation>\s*</message>',fill,s)
open(p,'w').write(s)
