"""Geocoding: the embedded Arabic gazetteer, toponym detection, resolution and geometry words.

Modules: `sources` and `build` (make the SQLite gazetteer), `gazetteer` (load, exact look-up),
`fuzzy` (misspellings), `detect` (mentions over tokens), `resolve` (context ranking),
`geometry` (precision codes, 'between' midpoints), `distance` (haversine), `locate`
(tokens -> Place records; the library function behind the places stage).
Nothing is loaded at import.
"""
