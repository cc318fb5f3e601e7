"""Nationalities for the start dialog: ISO 3166-1 alpha-3 code and German name.

The list covers the nationalities most often seen at German immigration offices (see the BAMF
asylum statistics and Destatis foreign-population figures named in the domain notes); any other
three-letter code can be typed in.
"""

NATIONALITIES: tuple[tuple[str, str], ...] = (
    ("AFG", "Afghanistan"), ("ALB", "Albanien"), ("DZA", "Algerien"), ("ARM", "Armenien"),
    ("AZE", "Aserbaidschan"), ("BGD", "Bangladesch"), ("BIH", "Bosnien und Herzegowina"),
    ("BRA", "Brasilien"), ("CHN", "China"), ("COL", "Kolumbien"), ("EGY", "Ägypten"),
    ("ERI", "Eritrea"), ("ETH", "Äthiopien"), ("GEO", "Georgien"), ("GHA", "Ghana"),
    ("IND", "Indien"), ("IDN", "Indonesien"), ("IRQ", "Irak"), ("IRN", "Iran"),
    ("JPN", "Japan"), ("JOR", "Jordanien"), ("CMR", "Kamerun"), ("KAZ", "Kasachstan"),
    ("XKX", "Kosovo"), ("LBN", "Libanon"), ("LBY", "Libyen"), ("MAR", "Marokko"),
    ("MKD", "Nordmazedonien"), ("MDA", "Moldau"), ("MNE", "Montenegro"), ("NGA", "Nigeria"),
    ("PAK", "Pakistan"), ("PHL", "Philippinen"), ("RUS", "Russische Föderation"),
    ("SEN", "Senegal"), ("SRB", "Serbien"), ("SOM", "Somalia"), ("LKA", "Sri Lanka"),
    ("SDN", "Sudan"), ("SYR", "Syrien"), ("TUN", "Tunesien"), ("TUR", "Türkei"),
    ("UKR", "Ukraine"), ("USA", "Vereinigte Staaten"), ("UZB", "Usbekistan"),
    ("VEN", "Venezuela"), ("VNM", "Vietnam"), ("XXA", "staatenlos"), ("XXX", "ungeklärt"),
)
