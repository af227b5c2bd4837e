{{/*
The chart name, or nameOverride.
*/}}
{{- define "halo-alert-bridge.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The full resource name: fullnameOverride, else the release name, suffixed with the chart name unless the
release name already contains it. Kept to 63 characters, the limit of a DNS label.
*/}}
{{- define "halo-alert-bridge.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, for the helm.sh/chart label.
*/}}
{{- define "halo-alert-bridge.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Labels on every resource.
*/}}
{{- define "halo-alert-bridge.labels" -}}
helm.sh/chart: {{ include "halo-alert-bridge.chart" . }}
{{ include "halo-alert-bridge.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{/*
Labels that select the pods. They must never change between upgrades: a Deployment's selector is immutable.
*/}}
{{- define "halo-alert-bridge.selectorLabels" -}}
app.kubernetes.io/name: {{ include "halo-alert-bridge.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
The ServiceAccount the pods run as.
*/}}
{{- define "halo-alert-bridge.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "halo-alert-bridge.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
The Secret with the Halo credentials and webhook tokens: the user's existingSecret, or the one this chart renders.
*/}}
{{- define "halo-alert-bridge.secretName" -}}
{{- default (include "halo-alert-bridge.fullname" .) .Values.existingSecret }}
{{- end }}

{{/*
The container image reference; the tag defaults to the chart's appVersion.
*/}}
{{- define "halo-alert-bridge.image" -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}

{{/*
The syslog listener's ports, as set in .Values.config (the bridge's defaults otherwise).
*/}}
{{- define "halo-alert-bridge.syslogUdpPort" -}}
{{- dig "bridge" "syslog" "udp-port" 5514 .Values.config }}
{{- end }}

{{- define "halo-alert-bridge.syslogTcpPort" -}}
{{- dig "bridge" "syslog" "tcp-port" 5514 .Values.config }}
{{- end }}
