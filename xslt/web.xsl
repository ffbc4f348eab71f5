<?xml version="1.0" encoding="UTF-8"?>
<!--
  The web edition: one static site. Run with the initial template `main`; writes, relative to the
  base output URI: index.html, documents/{id}.html, persons.html, places.html, organisations.html,
  dates.html (timeline and index of dates), search.html and search-index.json.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <xsl:template name="main">
    <xsl:call-template name="write-page">
      <xsl:with-param name="href" select="'index.html'"/>
      <xsl:with-param name="title" select="$edition-title"/>
      <xsl:with-param name="content"><xsl:call-template name="document-list"/></xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="$documents">
      <xsl:call-template name="write-page">
        <xsl:with-param name="href" select="concat('documents/', @xml:id, '.html')"/>
        <xsl:with-param name="root" select="'../'" tunnel="yes"/>
        <xsl:with-param name="title" select="te:title(.)"/>
        <xsl:with-param name="content"><xsl:apply-templates select="." mode="page"/></xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="('persons', 'places', 'organisations')">
      <xsl:variable name="kind" select="."/>
      <xsl:call-template name="write-page">
        <xsl:with-param name="href" select="concat($kind, '.html')"/>
        <xsl:with-param name="title" select="concat('Index of ', $kind)"/>
        <xsl:with-param name="content"><xsl:call-template name="entity-index"><xsl:with-param name="kind" select="$kind"/></xsl:call-template></xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:call-template name="write-page">
      <xsl:with-param name="href" select="'dates.html'"/>
      <xsl:with-param name="title" select="'Timeline and index of dates'"/>
      <xsl:with-param name="content"><xsl:call-template name="date-index"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="write-page">
      <xsl:with-param name="href" select="'search.html'"/>
      <xsl:with-param name="title" select="'Search'"/>
      <xsl:with-param name="content"><xsl:call-template name="search-page"/></xsl:with-param>
    </xsl:call-template>
    <xsl:result-document href="search-index.json" method="json" indent="no">
      <xsl:sequence select="array{ $documents ! map{
        'id': string(@xml:id),
        'title': te:title(.),
        'date': te:document-date(.),
        'summary': normalize-space(tei:teiHeader/tei:profileDesc/tei:abstract),
        'names': array{ distinct-values(tei:text//(tei:persName | tei:placeName | tei:orgName)/@ref ! te:record(.) ! te:record-name(.)) },
        'text': normalize-space(string-join(tei:text//text(), ' '))
      } }"/>
    </xsl:result-document>
  </xsl:template>

  <!-- Page frame ............................................................................. -->

  <xsl:template name="write-page">
    <xsl:param name="href" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="content"/>
    <xsl:param name="root" select="''" tunnel="yes"/>
    <xsl:result-document href="{$href}" method="html" html-version="5" encoding="UTF-8">
      <html lang="en">
        <head>
          <meta name="viewport" content="width=device-width, initial-scale=1"/>
          <title><xsl:value-of select="if ($title = $edition-title) then $title else concat($title, ' · ', $edition-title)"/></title>
          <link rel="stylesheet" href="{$root}assets/edition.css"/>
        </head>
        <body>
          <a class="skip" href="#main">Skip to content</a>
          <header class="site">
            <p class="edition-title"><a href="{$root}index.html"><xsl:value-of select="$edition-title"/></a></p>
            <nav aria-label="Edition">
              <ul>
                <li><a href="{$root}index.html">Documents</a></li>
                <li><a href="{$root}persons.html">Persons</a></li>
                <li><a href="{$root}places.html">Places</a></li>
                <li><a href="{$root}organisations.html">Organisations</a></li>
                <li><a href="{$root}dates.html">Timeline</a></li>
                <li><a href="{$root}search.html">Search</a></li>
              </ul>
            </nav>
          </header>
          <main id="main">
            <xsl:sequence select="$content"/>
          </main>
        </body>
      </html>
    </xsl:result-document>
  </xsl:template>

  <!-- Index of documents ...................................................................... -->

  <xsl:template name="document-list">
    <h1><xsl:value-of select="$edition-title"/></h1>
    <p class="lead"><xsl:value-of select="count($documents)"/> documents, encoded in TEI P5, with indexes of the persons, places and organisations they mention.</p>
    <ol class="documents">
      <xsl:for-each select="$documents">
        <li>
          <time datetime="{te:document-date(.)}"><xsl:value-of select="te:format-iso(te:document-date(.))"/></time>
          <h2><a href="documents/{@xml:id}.html"><xsl:value-of select="te:title(.)"/></a></h2>
          <p class="summary"><xsl:value-of select="tei:teiHeader/tei:profileDesc/tei:abstract"/></p>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <!-- A document page ......................................................................... -->

  <xsl:template match="tei:TEI" mode="page">
    <article class="document">
      <header>
        <p class="document-date"><xsl:value-of select="te:format-iso(te:document-date(.))"/></p>
        <h1><xsl:value-of select="te:title(.)"/></h1>
        <xsl:for-each select="tei:teiHeader/tei:profileDesc/tei:abstract">
          <p class="summary"><xsl:value-of select="."/></p>
        </xsl:for-each>
        <p class="download"><a href="../tei/{tokenize(base-uri(.), '/')[last()]}" download="">Download the TEI (XML)</a></p>
      </header>
      <div class="layout">
        <div class="text">
          <xsl:apply-templates select="tei:text/tei:body, tei:text/tei:back"/>
          <xsl:call-template name="footnotes"/>
        </div>
        <aside class="apparatus" aria-label="About this document">
          <h2>Source</h2>
          <xsl:call-template name="source-metadata"><xsl:with-param name="tei" select="."/></xsl:call-template>
          <xsl:call-template name="entities-in-document"/>
        </aside>
      </div>
    </article>
  </xsl:template>

  <xsl:template name="entities-in-document">
    <xsl:variable name="records" select="distinct-values(tei:text//(tei:persName | tei:placeName | tei:orgName)/@ref) ! te:record(.)"/>
    <xsl:for-each-group select="$records" group-by="te:record-kind(.)">
      <xsl:sort select="index-of(('persons', 'places', 'organisations'), current-grouping-key())"/>
      <h2><xsl:value-of select="concat(upper-case(substring(current-grouping-key(), 1, 1)), substring(current-grouping-key(), 2))"/></h2>
      <ul class="entities">
        <xsl:for-each select="current-group()">
          <xsl:sort select="te:record-name(.)"/>
          <li>
            <a href="../{te:record-kind(.)}.html#{@xml:id}"><xsl:value-of select="te:record-name(.)"/></a>
            <xsl:for-each select="tei:note"><span class="note"><xsl:value-of select="concat(' — ', .)"/></span></xsl:for-each>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:for-each-group>
  </xsl:template>

  <xsl:template name="entity-link">
    <xsl:param name="record" as="element()?"/>
    <xsl:param name="class" as="xs:string"/>
    <xsl:choose>
      <xsl:when test="$record">
        <a class="{$class}" id="{te:anchor(.)}" href="../{te:record-kind($record)}.html#{$record/@xml:id}"
           title="{string-join((te:record-name($record), $record/tei:note), ' — ')}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{$class}" id="{te:anchor(.)}"><xsl:apply-templates/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:note[te:is-footnote(.)]">
    <xsl:variable name="n" select="te:note-number(.)"/>
    <a class="noteref" id="noteref-{$n}" href="#note-{$n}" aria-describedby="footnotes-label"><sup><xsl:value-of select="$n"/></sup></a>
  </xsl:template>

  <xsl:template name="footnotes">
    <xsl:variable name="notes" select="tei:text//tei:note[te:is-footnote(.)]"/>
    <xsl:if test="$notes">
      <section class="footnotes">
        <h2 id="footnotes-label">Editorial notes</h2>
        <ol>
          <xsl:for-each select="$notes">
            <li id="note-{te:note-number(.)}">
              <xsl:apply-templates/>
              <xsl:text> </xsl:text>
              <a href="#noteref-{te:note-number(.)}" aria-label="Back to the text">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- Indexes of persons, places, organisations ............................................... -->

  <xsl:template name="entity-index">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="element" select="map{'persons': 'persName', 'places': 'placeName', 'organisations': 'orgName'}($kind)"/>
    <h1><xsl:value-of select="concat('Index of ', $kind)"/></h1>
    <xsl:variable name="records" select="$registers//(tei:person | tei:place | tei:org)[te:record-kind(.) = $kind]"/>
    <p class="lead"><xsl:value-of select="count($records[exists(te:mentions(@xml:id))])"/> of the register's <xsl:value-of select="count($records)"/> records are mentioned in the documents.</p>
    <dl class="index">
      <xsl:for-each select="$records">
        <xsl:sort select="te:sort-key(.)"/>
        <xsl:variable name="id" select="string(@xml:id)"/>
        <xsl:variable name="here" select="te:mentions($id)"/>
        <dt id="{$id}"><xsl:value-of select="te:record-name(.)"/>
          <xsl:if test="tei:birth or tei:death"> (<xsl:value-of select="string-join((string(tei:birth/@when), string(tei:death/@when)), '–')"/>)</xsl:if>
        </dt>
        <dd>
          <xsl:for-each select="tei:note"><p class="note"><xsl:value-of select="."/></p></xsl:for-each>
          <xsl:if test="count(*[local-name() = $element]) gt 1">
            <p class="variants">Also: <xsl:value-of select="string-join(distinct-values(*[local-name() = $element][position() gt 1] ! normalize-space(.)), '; ')"/></p>
          </xsl:if>
          <xsl:for-each select="tei:idno[normalize-space()]"><p class="idno"><xsl:value-of select="concat(@type, ': ', .)"/></p></xsl:for-each>
          <xsl:choose>
            <xsl:when test="$here">
              <ul class="occurrences">
                <xsl:for-each-group select="$here" group-by="ancestor::tei:TEI/@xml:id">
                  <li>
                    <a href="documents/{current-grouping-key()}.html"><xsl:value-of select="te:title(current-group()[1]/ancestor::tei:TEI)"/></a>:
                    <xsl:for-each select="current-group()">
                      <a href="documents/{current-grouping-key()}.html#{te:anchor(.)}"><xsl:value-of select="position()"/></a>
                      <xsl:if test="position() ne last()">, </xsl:if>
                    </xsl:for-each>
                  </li>
                </xsl:for-each-group>
              </ul>
            </xsl:when>
            <xsl:otherwise><p class="none">Not mentioned in the documents.</p></xsl:otherwise>
          </xsl:choose>
        </dd>
      </xsl:for-each>
    </dl>
  </xsl:template>

  <!-- Timeline of documents and index of dates ............................................... -->

  <xsl:template name="date-index">
    <xsl:variable name="dates" select="$documents/tei:text//tei:date[@when | @from]"/>
    <h1>Timeline and index of dates</h1>
    <h2>Documents</h2>
    <ol class="timeline">
      <xsl:for-each select="$documents">
        <li><time datetime="{te:document-date(.)}"><xsl:value-of select="te:format-iso(te:document-date(.))"/></time>
          <a href="documents/{@xml:id}.html"><xsl:value-of select="te:title(.)"/></a></li>
      </xsl:for-each>
    </ol>
    <h2>Dates mentioned in the texts</h2>
    <xsl:for-each-group select="$dates" group-by="substring((@when, @from)[1], 1, 4)">
      <xsl:sort select="current-grouping-key()"/>
      <section class="year">
        <h3 id="y{current-grouping-key()}"><xsl:value-of select="current-grouping-key()"/></h3>
        <ul>
          <xsl:for-each-group select="current-group()" group-by="string((@when, @from)[1])">
            <xsl:sort select="current-grouping-key()"/>
            <li><time datetime="{current-grouping-key()}"><xsl:value-of select="te:format-iso(current-grouping-key())"/></time>:
              <xsl:for-each select="current-group()">
                <a href="documents/{ancestor::tei:TEI/@xml:id}.html#{te:anchor(.)}" title="{te:title(ancestor::tei:TEI)}">“<xsl:value-of select="normalize-space(.)"/>”</a>
                <xsl:if test="position() ne last()">; </xsl:if>
              </xsl:for-each>
            </li>
          </xsl:for-each-group>
        </ul>
      </section>
    </xsl:for-each-group>
  </xsl:template>

  <!-- Search ................................................................................... -->

  <xsl:template name="search-page">
    <h1>Search</h1>
    <form class="search" role="search" onsubmit="return false">
      <label for="q">Search the documents</label>
      <input id="q" name="q" type="search" autocomplete="off"/>
    </form>
    <p id="search-status" role="status" aria-live="polite"></p>
    <ol id="results" class="results"></ol>
    <script src="assets/search.js"></script>
  </xsl:template>
</xsl:stylesheet>
