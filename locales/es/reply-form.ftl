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

## Fields the Member State fills in: the labels of the web form and of the printed form.

field-name = Nombre
field-title = Cargo oficial
field-address = Dirección
field-place = Lugar:
field-signature = Firma
field-administration = Administración del Estado Miembro

reply-salutation = Muy Señora mía/Muy Señor mío:

# $circular: circular-name.
reply-intro = En relación con la consulta a los Estados Miembros sobre los textos determinados que figuran en la { $circular }, deseo comunicarle la opinión de mi Administración, que se expone en el cuadro siguiente.

reply-hint = Sírvase seleccionar una de las dos casillas

## The table of choices: its column headings.

choices-head-draft = Proyecto de Recomendación
choices-head-opinion = Opinión de la Administración

## The choices for each draft Recommendation. $sg: the study group's number; $mark: the drawn
## circle of the option buttons (a small picture, not text), where the sentence points to them.

choice-authorize = Autoriza a la Comisión de Estudio { $sg } a considerar este texto para aprobación (en este caso, seleccione una de las dos opciones { $mark }):
choice-no-comments = No hay comentarios ni propuestas de cambio
choice-comments-attached = Se adjuntan comentarios y propuestas de cambio
choice-refuse = No autoriza a la Comisión de Estudio { $sg } a considerar este texto para aprobación (se adjuntan los motivos de esta opinión y un resumen de los posibles cambios que permitirían proseguir el trabajo)

reply-closing = Atentamente,

## The answers as the e-mail sent from the web form lists them. $sg: the study group's number.

answer-authorize-no-comments = Autoriza a la Comisión de Estudio { $sg } a considerar este texto para aprobación, sin comentarios ni propuestas de cambio
answer-authorize-comments = Autoriza a la Comisión de Estudio { $sg } a considerar este texto para aprobación; se adjuntan comentarios y propuestas de cambio
answer-refuse = No autoriza a la Comisión de Estudio { $sg } a considerar este texto para aprobación; se adjuntan los motivos de esta opinión y un resumen de los posibles cambios
answer-missing = Sin respuesta

## What the printed form's drawn marks are, for readers that speak the PDF aloud.

form-checkbox = casilla de verificación
form-radio = botón de opción

## Names of the PDF form fields that hold the choices, for readers that speak the form aloud.
## $draft: the draft Recommendation's name ("Draft new Recommendation ITU-T X.1214 (ex X.samtn)").

field-decision = { $draft }: autorización
field-comments = { $draft }: comentarios

## Sending and printing the form (web page only).

form-send = Enviar por correo electrónico
form-send-note = Abre su programa de correo electrónico con un mensaje dirigido a { $email } que enumera sus respuestas; sírvase adjuntar sus comentarios antes de enviarlo.
form-print = Imprimir o guardar como PDF
form-clear = Borrar el formulario
form-no-script = Para responder, imprima este formulario o guárdelo como PDF desde el menú de su navegador y envíelo por correo electrónico a:
form-kept = Sus respuestas se conservan en este navegador hasta que borre el formulario.
mail-subject = Respuesta del Estado Miembro a la { $circular }
