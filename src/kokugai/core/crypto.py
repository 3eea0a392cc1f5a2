def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


特def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


定def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


個def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


人def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


情def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


報def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


*def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


5def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


;def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


*def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


5def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


zdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


zdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


zdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


jdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


1def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


@def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


zdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


[def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


[def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


]def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


]def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


@def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


[def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


[def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


]def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


]def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


[def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


]def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


1def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


'def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


'def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


1def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


1def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


{def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


!def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


}def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


!def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


3def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


{def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


!def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


}def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


5def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


3def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


{def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


}def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


{def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


!def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


}def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


@def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


[def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


0def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


]def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


[def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


0def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


]def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


@def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


zdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


*def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


[def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


]def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


+def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


+def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


*def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


;def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


[def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


]def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


[def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


]def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


!def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


{def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


}def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


{def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


3def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


}def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


#def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


#def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


/def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


/def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


8def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


0def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


0def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


0def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


@def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


zdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


4def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


5def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


3def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


1def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


*def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


>def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


:def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


Adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


5def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


fdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


`def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


-def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


qdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


qdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


"def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


=def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


_def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


pdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


rdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


mdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


wdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


kdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ydef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


vdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


udef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ndef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


cdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


odef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


,def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


 def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ldef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


bdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


adef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


2def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


5def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


6def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


.def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


hdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


xdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


ddef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


idef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


gdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


edef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


sdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


tdef _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


(def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


)def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()



def _index_material() -> bytes:
    # settings.KOKUGAI_INDEX_KEY comes from the environment (a dev key is generated into var/).
    return str(settings.KOKUGAI_INDEX_KEY).encode()


