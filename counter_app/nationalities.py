"""Nationalities for the start dialog: ISO 3166-1 alpha-3 code and German name.

The list covers the nationalities most often seen at German immigration offices (see the BAMF
asylum statistics and Destatis foreign-population figures named in the domain notes); any other
three-letter code can be typed in.

The names are marked with `N_()` for the core's English catalogue: show them with `i18n._(name)`.
The codes are what is stored.
"""

from .i18n import N_

NATIONALITIES: tuple[tuple[str, str], ...] = (
    ("AFG", N_("Afghanistan")), ("ALB", N_("Albanien")), ("DZA", N_("Algerien")), ("ARM", N_("Armenien")),
    ("AZE", N_("Aserbaidschan")), ("BGD", N_("Bangladesch")), ("BIH", N_("Bosnien und Herzegowina")),
    ("BRA", N_("Brasilien")), ("CHN", N_("China")), ("COL", N_("Kolumbien")), ("EGY", N_("Ägypten")),
    ("ERI", N_("Eritrea")), ("ETH", N_("Äthiopien")), ("GEO", N_("Georgien")), ("GHA", N_("Ghana")),
    ("IND", N_("Indien")), ("IDN", N_("Indonesien")), ("IRQ", N_("Irak")), ("IRN", N_("Iran")),
    ("JPN", N_("Japan")), ("JOR", N_("Jordanien")), ("CMR", N_("Kamerun")), ("KAZ", N_("Kasachstan")),
    ("XKX", N_("Kosovo")), ("LBN", N_("Libanon")), ("LBY", N_("Libyen")), ("MAR", N_("Marokko")),
    ("MKD", N_("Nordmazedonien")), ("MDA", N_("Moldau")), ("MNE", N_("Montenegro")), ("NGA", N_("Nigeria")),
    ("PAK", N_("Pakistan")), ("PHL", N_("Philippinen")), ("RUS", N_("Russische Föderation")),
    ("SEN", N_("Senegal")), ("SRB", N_("Serbien")), ("SOM", N_("Somalia")), ("LKA", N_("Sri Lanka")),
    ("SDN", N_("Sudan")), ("SYR", N_("Syrien")), ("TUN", N_("Tunesien")), ("TUR", N_("Türkei")),
    ("UKR", N_("Ukraine")), ("USA", N_("Vereinigte Staaten")), ("UZB", N_("Usbekistan")),
    ("VEN", N_("Venezuela")), ("VNM", N_("Vietnam")), ("XXA", N_("staatenlos")), ("XXX", N_("ungeklärt")),
)
