<?xml version="1.0" encoding="UTF-8"?>
<!--
  The print edition: one HTML file laid out in pages by Paged.js (running heads, footnotes, page
  references), then printed to PDF by headless Chromium. Run with the initial template `main`.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:tei="http://www.tei-c.org/ns/1.0"
  xmlns:te="urn:tei-edition"
  xmlns="http://www.w3.org/1999/xhtml"
  exclude-result-prefixes="#all">

  <xsl:import href="common.xsl"/>

  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <!-- Script that lays the pages out (Paged.js), relative to the print HTML. -->
  <xsl:param name="pager-script" as="xs:string" select="'paged.polyfill.js'"/>

  <xsl:template name="main">
    <xsl:result-document href="edition.html" method="html" html-version="5" encoding="UTF-8">
    <html lang="en">
      <head>
        <title><xsl:value-of select="$edition-title"/></title>
        <link rel="stylesheet" href="print.css"/>
        <script src="print-config.js"></script>
        <script src="{$pager-script}"></script>
        <script src="print-index.js"></script>
      </head>
      <body>
        <section class="title-page">
          <h1><xsl:value-of select="$edition-title"/></h1>
          <p class="subtitle">A digital edition in TEI P5 of <xsl:value-of select="count($documents)"/> documents</p>
          <p class="dates"><xsl:value-of select="string-join(distinct-values((te:document-date($documents[1]), te:document-date($documents[last()])) ! substring(., 1, 4)), '–')"/></p>
        </section>
        <nav class="toc" aria-label="Contents">
          <h2>Contents</h2>
          <ol>
            <xsl:for-each select="$documents">
              <li><a href="#{@xml:id}"><span class="toc-date"><xsl:value-of select="te:format-iso(te:document-date(.))"/></span><xsl:text> </xsl:text><xsl:value-of select="te:title(.)"/></a></li>
            </xsl:for-each>
            <li><a href="#index-persons">Index of persons</a></li>
            <li><a href="#index-places">Index of places</a></li>
            <li><a href="#index-organisations">Index of organisations</a></li>
          </ol>
        </nav>
        <xsl:apply-templates select="$documents" mode="chapter"/>
        <xsl:for-each select="('persons', 'places', 'organisations')">
          <xsl:call-template name="print-index"><xsl:with-param name="kind" select="."/></xsl:call-template>
        </xsl:for-each>
      </body>
    </html>
    </xsl:result-document>
  </xsl:template>

  <xsl:template match="tei:TEI" mode="chapter">
    <article class="chapter" id="{@xml:id}">
      <p class="running-title"><xsl:value-of select="te:title(.)"/></p>
      <p class="document-date"><xsl:value-of select="te:format-iso(te:document-date(.))"/></p>
      <h2 class="document-title"><xsl:value-of select="te:title(.)"/></h2>
      <xsl:call-template name="source-metadata"><xsl:with-param name="tei" select="."/></xsl:call-template>
      <xsl:apply-templates select="tei:text/tei:body, tei:text/tei:back"/>
    </article>
  </xsl:template>

  <!-- Anchors are unique across the whole book: the document's id, then the mention's number. -->
  <xsl:template name="entity-link">
    <xsl:param name="record" as="element()?"/>
    <xsl:param name="class" as="xs:string"/>
    <span class="{$class}" id="{ancestor::tei:TEI/@xml:id}-{te:anchor(.)}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:date">
    <time class="date" datetime="{(@when, @from)[1]}"><xsl:apply-templates/></time>
  </xsl:template>

  <xsl:template match="tei:note[te:is-footnote(.)]">
    <span class="footnote"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template name="print-index">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="element" select="map{'persons': 'persName', 'places': 'placeName', 'organisations': 'orgName'}($kind)"/>
    <xsl:variable name="mentions" select="$documents/tei:text//*[local-name() = $element][@ref]"/>
    <section class="index" id="index-{$kind}">
      <p class="running-title"><xsl:value-of select="concat('Index of ', $kind)"/></p>
      <h2><xsl:value-of select="concat('Index of ', $kind)"/></h2>
      <ul>
        <xsl:for-each-group select="$mentions" group-by="replace(@ref, '^.*[:#]', '')">
          <xsl:sort select="te:record(@ref) ! te:sort-key(.)"/>
          <xsl:variable name="record" select="te:record(@ref)"/>
          <li>
            <span class="index-name"><xsl:value-of select="if ($record) then te:record-name($record) else current-grouping-key()"/></span>
            <span class="index-pages">
              <xsl:for-each select="current-group()">
                <a class="pageref" href="#{ancestor::tei:TEI/@xml:id}-{te:anchor(.)}"></a>
              </xsl:for-each>
            </span>
          </li>
        </xsl:for-each-group>
      </ul>
    </section>
  </xsl:template>
</xsl:stylesheet>
