"""Break-out table assignment: the problem, how a plan is judged, the solver and pure mixing (plan-tables).

Pure Python: no Qt, no storage. See :mod:`.problem`, :mod:`.quality`,
:mod:`.solver` and :mod:`.golfer`.
"""
