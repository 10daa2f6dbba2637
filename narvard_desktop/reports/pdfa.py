"""What a reportlab PDF needs to aim for PDF/A-2b (municipalities archive protocols).

reportlab has no PDF/A switch, so the catalogue gets an XMP metadata stream
(pdfaid part 2, conformance B, and the same title/author/dates as the Info
dictionary) and an sRGB output intent. The ICC profile is made by Pillow's
littleCMS (a dependency of matplotlib), so no profile file has to be shipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFInfo,
    PDFName,
    PDFStream,
    PDFString,
)


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    author: str
    subject: str
    creator: str
    language: str = "sv-SE"


class _ArchiveInfo(PDFInfo):
    """The Info dictionary without the keys XMP would have to repeat but PDF/A does not need."""

    def format(self, document: Any) -> bytes:
        timestamp = document._timeStamp
        dictionary = PDFDictionary(
            {
                "Title": PDFString(self.title),
                "Author": PDFString(self.author),
                "Subject": PDFString(self.subject),
                "Creator": PDFString(self.creator),
                "Producer": PDFString(self.producer),
                "CreationDate": _pdf_date(timestamp),
                "ModDate": _pdf_date(timestamp),
            }
        )
        return dictionary.format(document)


class _UnfilteredStream(PDFStream):
    """A stream written as is: PDF/A wants the XMP packet readable without decoding."""

    def format(self, document: Any) -> bytes:
        defaults = document.defaultStreamFilters
        document.defaultStreamFilters = None
        try:
            return super().format(document)
        finally:
            document.defaultStreamFilters = defaults


def _pdf_date(timestamp: Any) -> PDFString:
    year, month, day, hour, minute, second = timestamp.YMDhms
    return PDFString(
        f"D:{year:04d}{month:02d}{day:02d}{hour:02d}{minute:02d}{second:02d}"
        f"{timestamp.dhh:+03d}'{timestamp.dmm:02d}'"
    )


def _xmp_date(timestamp: Any) -> str:
    year, month, day, hour, minute, second = timestamp.YMDhms
    return (
        f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{second:02d}"
        f"{timestamp.dhh:+03d}:{timestamp.dmm:02d}"
    )


def _xmp_packet(info: DocumentInfo, producer: str, timestamp: Any) -> bytes:
    stamp = _xmp_date(timestamp)
    text = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
   <pdfaid:part>2</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{escape(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{escape(info.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{escape(info.language)}</rdf:li></rdf:Bag></dc:language>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
   <xmp:CreatorTool>{escape(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{stamp}</xmp:CreateDate>
   <xmp:ModifyDate>{stamp}</xmp:ModifyDate>
   <xmp:MetadataDate>{stamp}</xmp:MetadataDate>
  </rdf:Description>
  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
   <pdf:Producer>{escape(producer)}</pdf:Producer>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return text.encode("utf-8")


@cache
def srgb_profile() -> bytes:
    from PIL import ImageCms

    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def apply_archive_metadata(canvas: Any, info: DocumentInfo) -> None:
    """Call before the canvas is saved."""
    document = canvas._doc
    archive_info = _ArchiveInfo()
    archive_info.title = info.title
    archive_info.author = info.author
    archive_info.subject = info.subject
    archive_info.creator = info.creator
    archive_info.producer = document.info.producer
    document.info = archive_info

    catalog = document.Catalog
    catalog.Lang = PDFString(info.language)
    metadata = _UnfilteredStream(
        PDFDictionary({"Type": PDFName("Metadata"), "Subtype": PDFName("XML")}),
        _xmp_packet(info, archive_info.producer, document._timeStamp),
    )
    catalog.Metadata = document.Reference(metadata)

    profile = PDFStream(PDFDictionary({"N": 3}), srgb_profile())
    intent = PDFDictionary(
        {
            "Type": PDFName("OutputIntent"),
            "S": PDFName("GTS_PDFA1"),
            "OutputConditionIdentifier": PDFString("sRGB IEC61966-2.1"),
            "Info": PDFString("sRGB IEC61966-2.1"),
            "DestOutputProfile": document.Reference(profile),
        }
    )
    catalog.OutputIntents = PDFArray([intent])
    # The catalogue writes only the keys it knows; OutputIntents is not one of them.
    if "OutputIntents" not in catalog.__NoDefault__:
        catalog.__NoDefault__ = [*type(catalog).__NoDefault__, "OutputIntents"]
