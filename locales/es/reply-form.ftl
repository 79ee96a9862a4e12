### The reply form (Annex 2 of the circular, and a document of its own).

# Subject of the reply. $circular: circular-name; $drafts: as in the circular; $count: how many drafts.
reply-subject = Asunto: Respuesta del Estado Miembro a la { $circular }: «Consulta sobre { $drafts } { $count ->
        [one] determinado
       *[other] determinados
    }»

# The addressee's postal address, one line each.
reply-to-line-1 = Director de la Oficina de Normalización de las Telecomunicaciones
reply-to-line-2 = Unión Internacional de Telecomunicaciones
# Same in all languages: the street address as the Swiss post writes it.
reply-to-line-3 = Place des Nations
reply-to-line-4 = CH-1211 Ginebra 20, Suiza

## Fields the Member State fills in.

placeholder-name = [Nombre]
placeholder-title = [Cargo oficial]
placeholder-address = [Dirección]
placeholder-date-place = [Fecha], [Lugar]
placeholder-administration = Administración de [Estado Miembro]

reply-salutation = Muy Señora mía/Muy Señor mío:

# $circular: circular-name.
reply-intro = En relación con la consulta a los Estados Miembros sobre los textos determinados que figuran en la { $circular }, deseo comunicarle la opinión de mi Administración, que se expone en el cuadro siguiente.

reply-hint = Sírvase seleccionar una de las dos casillas

## The choices for each draft Recommendation. $sg: the study group's number.

choice-authorize = Autoriza a la Comisión de Estudio { $sg } a considerar este texto para aprobación (en este caso, seleccione una de las dos opciones ⃝):
choice-no-comments = No hay comentarios ni propuestas de cambio
choice-comments-attached = Se adjuntan comentarios y propuestas de cambio
choice-refuse = No autoriza a la Comisión de Estudio { $sg } a considerar este texto para aprobación (se adjuntan los motivos de esta opinión y un resumen de los posibles cambios que permitirían proseguir el trabajo)

reply-closing = Atentamente,

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = casilla de verificación
form-radio = botón de opción
