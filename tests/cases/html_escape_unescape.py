# html.escape/unescape: named references with and without ';', numeric ones with HTML5's replacements, invalid code points, the entity tables.
import html, html.entities
for s in ['&#0;&#x80;&#xd800;&#x110000;&#1;&#xb;&#x7f;&#65;&#x41;&ampx &amp;&notit; &notin; &#X41; &#; &# &lt &ltx &copy2024',
          'plain', '&', 'a & b', '&&amp;&', '&#x1F600; &#128512; &#xFFFE; &#xFDD0; &#13; &#9;', '&AMP; &Amp; &NotNestedGreaterGreater; &nbsp&nbsp;',
          '&#0000065; &#x000041 &#99999999999;', '&lt;tags&gt; &copy; 2024', '&zwnj;&zwj;&frac12;&frac1']:
    print(repr(html.unescape(s)))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('"q" & <>', quote=False))
print(len(html.entities.html5), html.entities.name2codepoint['eacute'], html.entities.codepoint2name[233], html.entities.entitydefs['amp'])
