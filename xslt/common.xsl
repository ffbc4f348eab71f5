<?xml version="1.0" encoding="UTF-8"?>
<!--
  Shared by web.xsl and print.xsl: the edition's documents and registers, lookups, and the
  rendering of TEI text (structure and inline markup) as semantic HTML. Templates by element;
  each output stylesheet overrides only what differs (links, notes).
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <!-- URIs of the edition's TEI documents and of its registers (persons, places, organisations). -->
  <xsl:param name="document-uris" as="xs:string*"/>
  <xsl:param name="register-uris" as="xs:string*"/>
  <xsl:param name="edition-title" as="xs:string" select="'Documents on North Korea and the Socialist Bloc'"/>

  <xsl:variable name="registers" as="document-node()*" select="$register-uris ! doc(.)"/>
  <xsl:variable name="documents" as="element(tei:TEI)*">
    <xsl:perform-sort select="$document-uris ! doc(.)/tei:TEI">
      <xsl:sort select="te:document-date(.)"/>
      <xsl:sort select="@xml:id"/>
    </xsl:perform-sort>
  </xsl:variable>

  <xsl:key name="record" match="tei:person | tei:place | tei:org" use="@xml:id"/>

  <!-- Lookups ................................................................................ -->

  <xsl:function name="te:record" as="element()?">
    <xsl:param name="ref" as="xs:string?"/>
    <xsl:variable name="id" select="replace($ref, '^.*[:#]', '')"/>
    <xsl:sequence select="if ($ref) then ($registers ! key('record', $id, .))[1] else ()"/>
  </xsl:function>

  <xsl:function name="te:record-name" as="xs:string">
    <xsl:param name="record" as="element()"/>
    <xsl:sequence select="normalize-space(($record/(tei:persName | tei:placeName | tei:orgName))[1])"/>
  </xsl:function>

  <!-- Where an index files a record: by @sortKey ("khrushchev-nikita"), else by its name ("Kim Il Sung"). -->
  <xsl:function name="te:sort-key" as="xs:string">
    <xsl:param name="record" as="element()"/>
    <xsl:sequence select="lower-case(normalize-space(($record/@sortKey, te:record-name($record))[1]))"/>
  </xsl:function>

  <xsl:function name="te:record-kind" as="xs:string">
    <xsl:param name="record" as="element()"/>
    <xsl:sequence select="map{'person': 'persons', 'place': 'places', 'org': 'organisations'}(local-name($record))"/>
  </xsl:function>

  <xsl:function name="te:document-date" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="string(($tei/tei:teiHeader/tei:profileDesc/tei:creation/tei:date/(@when, @notBefore, @from))[1])"/>
  </xsl:function>

  <xsl:function name="te:title" as="xs:string">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="normalize-space($tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1])"/>
  </xsl:function>

  <!-- "1965-02-16" → "16 February 1965"; "1964-02" → "February 1964"; "1958" → "1958". -->
  <xsl:function name="te:format-iso" as="xs:string">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="months" select="('January','February','March','April','May','June','July','August','September','October','November','December')"/>
    <xsl:variable name="month" select="if (matches($iso, '^\d{4}-\d{2}')) then $months[position() = xs:integer(substring($iso, 6, 2))] else ()"/>
    <xsl:sequence select="
      if (matches($iso, '^\d{4}-\d{2}-\d{2}$')) then concat(number(substring($iso, 9, 2)), ' ', $month, ' ', substring($iso, 1, 4))
      else if (matches($iso, '^\d{4}-\d{2}$')) then concat($month, ' ', substring($iso, 1, 4))
      else string($iso)"/>
  </xsl:function>

  <!--
    A stable anchor for each name and date of a text ("m12": the 12th in the text), and the number of
    each footnote, computed once for the whole edition: numbering per call would be quadratic.
  -->
  <xsl:variable name="numbers" as="map(xs:string, xs:string)" select="map:merge(
    for $text in $documents/tei:text return (
      let $mentions := $text//(tei:persName | tei:placeName | tei:orgName | tei:name | tei:date)
      return for $i in 1 to count($mentions) return map{ generate-id($mentions[$i]): concat('m', $i) },
      let $notes := $text//tei:note[te:is-footnote(.)]
      return for $i in 1 to count($notes) return map{ generate-id($notes[$i]): string($i) }))"/>

  <xsl:function name="te:anchor" as="xs:string">
    <xsl:param name="node" as="element()"/>
    <xsl:sequence select="$numbers(generate-id($node))"/>
  </xsl:function>

  <xsl:function name="te:note-number" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="$numbers(generate-id($note))"/>
  </xsl:function>

  <xsl:key name="mentions" match="tei:persName | tei:placeName | tei:orgName" use="replace(@ref, '^.*[:#]', '')"/>

  <!-- Every mention of a record in the edition's texts, in document order. -->
  <xsl:function name="te:mentions" as="element()*">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$documents ! key('mentions', $id, root(.))[ancestor::tei:text]"/>
  </xsl:function>

  <!-- Explanations become footnotes; descriptions of the physical document stay in the text. -->
  <xsl:function name="te:is-footnote" as="xs:boolean">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="not($note/@type = 'physical') and exists($note/ancestor::tei:text)"/>
  </xsl:function>

  <!-- Document metadata shown on pages ........................................................ -->

  <xsl:template name="source-metadata">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:variable name="h" select="$tei/tei:teiHeader"/>
    <dl class="metadata">
      <xsl:for-each select="$h/tei:profileDesc/tei:creation/tei:date">
        <dt>Date</dt><dd><time datetime="{@when}"><xsl:value-of select="."/></time></dd>
      </xsl:for-each>
      <xsl:for-each select="$h/tei:fileDesc/tei:sourceDesc/tei:msDesc/tei:msIdentifier">
        <dt>Archive</dt>
        <dd><xsl:value-of select="string-join((tei:settlement, tei:repository, tei:collection, tei:idno), ', ')"/></dd>
      </xsl:for-each>
      <xsl:for-each select="$h/tei:fileDesc/tei:sourceDesc/tei:msDesc//tei:textLang">
        <dt>Original language</dt><dd><xsl:value-of select="."/></dd>
      </xsl:for-each>
      <xsl:for-each select="$h/tei:fileDesc/tei:titleStmt/tei:respStmt[tei:resp = 'Translated by']/tei:persName">
        <dt>Translator</dt><dd><xsl:value-of select="."/></dd>
      </xsl:for-each>
      <xsl:for-each select="$h/tei:fileDesc/tei:titleStmt/tei:funder">
        <dt>Funding</dt><dd><xsl:value-of select="."/></dd>
      </xsl:for-each>
      <xsl:for-each select="$h/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI']">
        <dt>Source</dt><dd><a href="{.}"><xsl:value-of select="."/></a></dd>
      </xsl:for-each>
      <xsl:for-each select="$h/tei:fileDesc/tei:sourceDesc/tei:bibl[@type = 'citation']">
        <dt>Citation</dt><dd><xsl:value-of select="."/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <!-- Structure ............................................................................... -->

  <xsl:template match="tei:div">
    <section class="{(@type, 'div')[1]}">
      <xsl:apply-templates/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div/tei:head">
    <xsl:variable name="level" select="min((count(ancestor::tei:div) + 1, 6))"/>
    <xsl:element name="{if (@type = 'sub') then 'p' else concat('h', $level)}">
      <xsl:attribute name="class" select="if (@type = 'sub') then 'subtitle' else 'head'"/>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p">
    <p><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:opener">
    <p class="opener"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:list">
    <ul class="{(@type, @rend, 'list')[1]}"><xsl:apply-templates select="tei:item"/></ul>
  </xsl:template>

  <xsl:template match="tei:list[@type = 'gloss']">
    <dl class="gloss">
      <xsl:for-each select="tei:item">
        <dt><xsl:apply-templates select="preceding-sibling::tei:label[1]"/></dt>
        <dd><xsl:apply-templates/></dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <xsl:template match="tei:label"><xsl:apply-templates/></xsl:template>

  <xsl:template match="tei:item">
    <li><xsl:apply-templates/></li>
  </xsl:template>

  <xsl:template match="tei:sp">
    <div class="sp">
      <p><b class="speaker"><xsl:apply-templates select="tei:speaker/node()"/></b><xsl:text> </xsl:text><xsl:apply-templates select="tei:p[1]/node()"/></p>
      <xsl:apply-templates select="tei:p[position() gt 1]"/>
    </div>
  </xsl:template>

  <xsl:template match="tei:closer">
    <footer class="closer"><xsl:apply-templates/></footer>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:signed | tei:closer/tei:seg">
    <p class="{local-name()}"><xsl:apply-templates/></p>
  </xsl:template>

  <xsl:template match="tei:back">
    <section class="back"><xsl:apply-templates/></section>
  </xsl:template>

  <xsl:template match="tei:div/tei:pb | tei:p/tei:pb | tei:pb">
    <span class="pb" role="separator" aria-label="{if (@n) then concat('page ', @n) else 'page break'}">
      <xsl:value-of select="if (@n) then concat('[p. ', @n, ']') else '‖'"/>
    </span>
  </xsl:template>

  <!-- Names and dates: highlighted, with their authority data ................................. -->

  <xsl:template match="tei:persName | tei:placeName | tei:orgName">
    <xsl:variable name="record" select="te:record(@ref)"/>
    <xsl:variable name="kind" select="map{'persName': 'person', 'placeName': 'place', 'orgName': 'org'}(local-name())"/>
    <xsl:call-template name="entity-link">
      <xsl:with-param name="record" select="$record"/>
      <xsl:with-param name="class" select="concat('entity ', $kind)"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="tei:name[@cert = 'low']">
    <span class="entity candidate" id="{te:anchor(.)}" title="Unconfirmed name: not yet in the registers"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- The output stylesheets decide where an entity links to. -->
  <xsl:template name="entity-link">
    <xsl:param name="record" as="element()?"/>
    <xsl:param name="class" as="xs:string"/>
    <span class="{$class}" id="{te:anchor(.)}">
      <xsl:if test="$record">
        <xsl:attribute name="title" select="string-join((te:record-name($record), $record/tei:note), ' — ')"/>
      </xsl:if>
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:date">
    <time class="date" id="{te:anchor(.)}">
      <xsl:if test="@when"><xsl:attribute name="datetime" select="@when"/></xsl:if>
      <xsl:attribute name="title" select="string-join((
        if (@when) then te:format-iso(@when) else (),
        if (@from) then concat(te:format-iso(@from), ' – ', te:format-iso(@to)) else (),
        if (@cert) then concat('(year inferred, certainty ', @cert, ')') else ()), ' ')"/>
      <xsl:apply-templates/>
    </time>
  </xsl:template>

  <!-- Editorial apparatus: the translator's conventions, shown as such ......................... -->

  <xsl:template match="tei:choice[tei:sic]">
    <span class="choice sic-corr"><span class="sic" title="reading of the source"><xsl:apply-templates select="tei:sic/node()"/></span><xsl:text> </xsl:text><span class="corr" title="correction">[sic; <xsl:apply-templates select="tei:corr/node()"/>]</span></span>
  </xsl:template>

  <xsl:template match="tei:sic">
    <span class="sic"><xsl:apply-templates/></span><xsl:text> </xsl:text><span class="corr">[sic]</span>
  </xsl:template>

  <xsl:template match="tei:choice[tei:abbr]">
    <abbr title="{normalize-space(tei:expan)}"><xsl:apply-templates select="tei:abbr/node()"/></abbr><xsl:text> </xsl:text><span class="expan">[<xsl:apply-templates select="tei:expan/node()"/>]</span>
  </xsl:template>

  <xsl:template match="tei:choice[tei:orig][tei:reg/@type = 'ocr']" priority="2">
    <span class="reg" title="{concat('OCR reading: ', tei:orig)}"><xsl:apply-templates select="tei:reg/node()"/></span>
  </xsl:template>

  <xsl:template match="tei:choice[tei:orig]">
    <span class="orig"><xsl:apply-templates select="tei:orig/node()"/></span><xsl:text> </xsl:text><span class="reg" title="another romanisation">[<xsl:apply-templates select="tei:reg/node()"/>]</span>
  </xsl:template>

  <xsl:template match="tei:supplied">
    <span class="supplied" title="supplied by the translator">[<xsl:apply-templates/>]</span>
  </xsl:template>

  <xsl:template match="tei:gap">
    <span class="gap" title="{if (@reason = 'illegible') then 'illegible' else 'omitted'}">[<xsl:value-of select="(tei:desc, '…')[1]"/>]</span>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'physical']">
    <span class="physical" title="description of the original document">[<xsl:apply-templates/>]</span>
  </xsl:template>

  <xsl:template match="tei:hi">
    <em><xsl:apply-templates/></em>
  </xsl:template>

  <xsl:template match="tei:lb"><br/></xsl:template>
</xsl:stylesheet>
