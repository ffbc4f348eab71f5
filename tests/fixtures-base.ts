/** A small TEI document valid against schemas/tei-edition.rng, one element per line. */
export const BASE = `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="base" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt>
        <title>Record of a Conversation</title>
        <respStmt>
          <resp>Translated by</resp>
          <persName>Jane Doe</persName>
        </respStmt>
      </titleStmt>
      <publicationStmt>
        <publisher>An Archive</publisher>
        <idno type="URI">https://example.org/document/1</idno>
      </publicationStmt>
      <sourceDesc>
        <bibl type="citation">A citation.</bibl>
      </sourceDesc>
    </fileDesc>
    <profileDesc>
      <creation>
        <date when="1962-03-03">March 3, 1962</date>
      </creation>
      <langUsage>
        <language ident="en">English</language>
      </langUsage>
    </profileDesc>
  </teiHeader>
  <text>
    <body>
      <div type="document">
        <head>RECORD OF A CONVERSATION</head>
        <p>On <date when="1962-03-02">2 March</date> the <placeName ref="#pyongyang">Pyongyang</placeName> talks began.</p>
        <p xml:id="pyongyang">A second paragraph.</p>
        <closer>
          <signed>THE AMBASSADOR</signed>
        </closer>
      </div>
    </body>
  </text>
</TEI>
`;
