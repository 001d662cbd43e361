export const id = 808;
export const ids = [808];
export const modules = {

/***/ 2590:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getHostHeaderPlugin, hostHeaderMiddleware, hostHeaderMiddlewareOptions, resolveHostHeaderConfig } = __webpack_require__(5152);
exports.getHostHeaderPlugin = getHostHeaderPlugin;
exports.hostHeaderMiddleware = hostHeaderMiddleware;
exports.hostHeaderMiddlewareOptions = hostHeaderMiddlewareOptions;
exports.resolveHostHeaderConfig = resolveHostHeaderConfig;


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getLoggerPlugin, loggerMiddleware, loggerMiddlewareOptions } = __webpack_require__(5152);
exports.getLoggerPlugin = getLoggerPlugin;
exports.loggerMiddleware = loggerMiddleware;
exports.loggerMiddlewareOptions = loggerMiddlewareOptions;


/***/ }),

/***/ 1568:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { getRecursionDetectionPlugin, recursionDetectionMiddleware, recursionDetectionMiddlewareOptions } = __webpack_require__(5152);
exports.getRecursionDetectionPlugin = getRecursionDetectionPlugin;
exports.recursionDetectionMiddleware = recursionDetectionMiddleware;
exports.recursionDetectionMiddlewareOptions = recursionDetectionMiddlewareOptions;


/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { DEFAULT_UA_APP_ID, getUserAgentMiddlewareOptions, getUserAgentPlugin, resolveUserAgentConfig, userAgentMiddleware } = __webpack_require__(5152);
exports.DEFAULT_UA_APP_ID = DEFAULT_UA_APP_ID;
exports.getUserAgentMiddlewareOptions = getUserAgentMiddlewareOptions;
exports.getUserAgentPlugin = getUserAgentPlugin;
exports.resolveUserAgentConfig = resolveUserAgentConfig;
exports.userAgentMiddleware = userAgentMiddleware;


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { NODE_REGION_CONFIG_FILE_OPTIONS, NODE_REGION_CONFIG_OPTIONS, REGION_ENV_NAME, REGION_INI_NAME, getAwsRegionExtensionConfiguration, resolveAwsRegionExtensionConfiguration, resolveRegionConfig, stsRegionDefaultResolver, stsRegionWarning: warning } = __webpack_require__(5152);
exports.NODE_REGION_CONFIG_FILE_OPTIONS = NODE_REGION_CONFIG_FILE_OPTIONS;
exports.NODE_REGION_CONFIG_OPTIONS = NODE_REGION_CONFIG_OPTIONS;
exports.REGION_ENV_NAME = REGION_ENV_NAME;
exports.REGION_INI_NAME = REGION_INI_NAME;
exports.getAwsRegionExtensionConfiguration = getAwsRegionExtensionConfiguration;
exports.resolveAwsRegionExtensionConfiguration = resolveAwsRegionExtensionConfiguration;
exports.resolveRegionConfig = resolveRegionConfig;
exports.stsRegionDefaultResolver = stsRegionDefaultResolver;
exports.warning = warning;


/***/ }),

/***/ 3068:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { awsEndpointFunctions, getUserAgentPrefix, isIpAddress, partition, resolveDefaultAwsRegionalEndpointsConfig, resolveEndpoint, setPartitionInfo, toEndpointV1, useDefaultPartitionInfo } = __webpack_require__(5152);
exports.awsEndpointFunctions = awsEndpointFunctions;
exports.getUserAgentPrefix = getUserAgentPrefix;
exports.isIpAddress = isIpAddress;
exports.partition = partition;
exports.resolveDefaultAwsRegionalEndpointsConfig = resolveDefaultAwsRegionalEndpointsConfig;
exports.resolveEndpoint = resolveEndpoint;
exports.setPartitionInfo = setPartitionInfo;
exports.toEndpointV1 = toEndpointV1;
exports.useDefaultPartitionInfo = useDefaultPartitionInfo;
const { EndpointError } = __webpack_require__(2085);
exports.EndpointError = EndpointError;


/***/ }),

/***/ 1656:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {

const { NODE_APP_ID_CONFIG_OPTIONS, UA_APP_ID_ENV_NAME, UA_APP_ID_INI_NAME, createDefaultUserAgentProvider, crtAvailability, defaultUserAgent } = __webpack_require__(5152);
exports.NODE_APP_ID_CONFIG_OPTIONS = NODE_APP_ID_CONFIG_OPTIONS;
exports.UA_APP_ID_ENV_NAME = UA_APP_ID_ENV_NAME;
exports.UA_APP_ID_INI_NAME = UA_APP_ID_INI_NAME;
exports.createDefaultUserAgentProvider = createDefaultUserAgentProvider;
exports.crtAvailability = crtAvailability;
exports.defaultUserAgent = defaultUserAgent;


/***/ }),

/***/ 9316:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRegionInfo = exports.resolveRegionConfig = exports.NODE_REGION_CONFIG_FILE_OPTIONS = exports.NODE_REGION_CONFIG_OPTIONS = exports.REGION_INI_NAME = exports.REGION_ENV_NAME = exports.resolveEndpointsConfig = exports.resolveCustomEndpointsConfig = exports.nodeFipsConfigSelectors = exports.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS = exports.DEFAULT_USE_FIPS_ENDPOINT = exports.CONFIG_USE_FIPS_ENDPOINT = exports.ENV_USE_FIPS_ENDPOINT = exports.nodeDualstackConfigSelectors = exports.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS = exports.DEFAULT_USE_DUALSTACK_ENDPOINT = exports.CONFIG_USE_DUALSTACK_ENDPOINT = exports.ENV_USE_DUALSTACK_ENDPOINT = void 0;
var config_1 = __webpack_require__(7291);
Object.defineProperty(exports, "ENV_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.ENV_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "CONFIG_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.CONFIG_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "DEFAULT_USE_DUALSTACK_ENDPOINT", ({ enumerable: true, get: function () { return config_1.DEFAULT_USE_DUALSTACK_ENDPOINT; } }));
Object.defineProperty(exports, "NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_USE_DUALSTACK_ENDPOINT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "nodeDualstackConfigSelectors", ({ enumerable: true, get: function () { return config_1.nodeDualstackConfigSelectors; } }));
Object.defineProperty(exports, "ENV_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.ENV_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "CONFIG_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.CONFIG_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "DEFAULT_USE_FIPS_ENDPOINT", ({ enumerable: true, get: function () { return config_1.DEFAULT_USE_FIPS_ENDPOINT; } }));
Object.defineProperty(exports, "NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_USE_FIPS_ENDPOINT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "nodeFipsConfigSelectors", ({ enumerable: true, get: function () { return config_1.nodeFipsConfigSelectors; } }));
Object.defineProperty(exports, "resolveCustomEndpointsConfig", ({ enumerable: true, get: function () { return config_1.resolveCustomEndpointsConfig; } }));
Object.defineProperty(exports, "resolveEndpointsConfig", ({ enumerable: true, get: function () { return config_1.resolveEndpointsConfig; } }));
Object.defineProperty(exports, "REGION_ENV_NAME", ({ enumerable: true, get: function () { return config_1.REGION_ENV_NAME; } }));
Object.defineProperty(exports, "REGION_INI_NAME", ({ enumerable: true, get: function () { return config_1.REGION_INI_NAME; } }));
Object.defineProperty(exports, "NODE_REGION_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_REGION_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "NODE_REGION_CONFIG_FILE_OPTIONS", ({ enumerable: true, get: function () { return config_1.NODE_REGION_CONFIG_FILE_OPTIONS; } }));
Object.defineProperty(exports, "resolveRegionConfig", ({ enumerable: true, get: function () { return config_1.resolveRegionConfig; } }));
Object.defineProperty(exports, "getRegionInfo", ({ enumerable: true, get: function () { return config_1.getRegionInfo; } }));


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.Hash = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "Hash", ({ enumerable: true, get: function () { return serde_1.Hash; } }));


/***/ }),

/***/ 7212:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getContentLengthPlugin = exports.contentLengthMiddlewareOptions = exports.contentLengthMiddleware = void 0;
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "contentLengthMiddleware", ({ enumerable: true, get: function () { return protocols_1.contentLengthMiddleware; } }));
Object.defineProperty(exports, "contentLengthMiddlewareOptions", ({ enumerable: true, get: function () { return protocols_1.contentLengthMiddlewareOptions; } }));
Object.defineProperty(exports, "getContentLengthPlugin", ({ enumerable: true, get: function () { return protocols_1.getContentLengthPlugin; } }));


/***/ }),

/***/ 99:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveEndpointRequiredConfig = exports.resolveEndpointConfig = exports.getEndpointPlugin = exports.endpointMiddlewareOptions = exports.endpointMiddleware = exports.toEndpointV1 = exports.resolveParams = exports.getEndpointFromInstructions = void 0;
var endpoints_1 = __webpack_require__(2085);
Object.defineProperty(exports, "getEndpointFromInstructions", ({ enumerable: true, get: function () { return endpoints_1.getEndpointFromInstructions; } }));
Object.defineProperty(exports, "resolveParams", ({ enumerable: true, get: function () { return endpoints_1.resolveParams; } }));
Object.defineProperty(exports, "toEndpointV1", ({ enumerable: true, get: function () { return endpoints_1.toEndpointV1; } }));
Object.defineProperty(exports, "endpointMiddleware", ({ enumerable: true, get: function () { return endpoints_1.endpointMiddleware; } }));
Object.defineProperty(exports, "endpointMiddlewareOptions", ({ enumerable: true, get: function () { return endpoints_1.endpointMiddlewareOptions; } }));
Object.defineProperty(exports, "getEndpointPlugin", ({ enumerable: true, get: function () { return endpoints_1.getEndpointPlugin; } }));
Object.defineProperty(exports, "resolveEndpointConfig", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpointConfig; } }));
Object.defineProperty(exports, "resolveEndpointRequiredConfig", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpointRequiredConfig; } }));


/***/ }),

/***/ 9618:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.retryMiddlewareOptions = exports.retryMiddleware = exports.resolveRetryConfig = exports.omitRetryHeadersMiddlewareOptions = exports.omitRetryHeadersMiddleware = exports.getRetryPlugin = exports.getRetryAfterHint = exports.getOmitRetryHeadersPlugin = exports.defaultRetryDecider = exports.defaultDelayDecider = exports.NODE_RETRY_MODE_CONFIG_OPTIONS = exports.NODE_MAX_ATTEMPT_CONFIG_OPTIONS = exports.ENV_RETRY_MODE = exports.ENV_MAX_ATTEMPTS = exports.CONFIG_RETRY_MODE = exports.CONFIG_MAX_ATTEMPTS = exports.StandardRetryStrategy = exports.AdaptiveRetryStrategy = void 0;
var retry_1 = __webpack_require__(3609);
Object.defineProperty(exports, "AdaptiveRetryStrategy", ({ enumerable: true, get: function () { return retry_1.DeprecatedAdaptiveRetryStrategy; } }));
Object.defineProperty(exports, "StandardRetryStrategy", ({ enumerable: true, get: function () { return retry_1.DeprecatedStandardRetryStrategy; } }));
Object.defineProperty(exports, "CONFIG_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.CONFIG_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "CONFIG_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.CONFIG_RETRY_MODE; } }));
Object.defineProperty(exports, "ENV_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.ENV_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "ENV_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.ENV_RETRY_MODE; } }));
Object.defineProperty(exports, "NODE_MAX_ATTEMPT_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return retry_1.NODE_MAX_ATTEMPT_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "NODE_RETRY_MODE_CONFIG_OPTIONS", ({ enumerable: true, get: function () { return retry_1.NODE_RETRY_MODE_CONFIG_OPTIONS; } }));
Object.defineProperty(exports, "defaultDelayDecider", ({ enumerable: true, get: function () { return retry_1.defaultDelayDecider; } }));
Object.defineProperty(exports, "defaultRetryDecider", ({ enumerable: true, get: function () { return retry_1.defaultRetryDecider; } }));
Object.defineProperty(exports, "getOmitRetryHeadersPlugin", ({ enumerable: true, get: function () { return retry_1.getOmitRetryHeadersPlugin; } }));
Object.defineProperty(exports, "getRetryAfterHint", ({ enumerable: true, get: function () { return retry_1.getRetryAfterHint; } }));
Object.defineProperty(exports, "getRetryPlugin", ({ enumerable: true, get: function () { return retry_1.getRetryPlugin; } }));
Object.defineProperty(exports, "omitRetryHeadersMiddleware", ({ enumerable: true, get: function () { return retry_1.omitRetryHeadersMiddleware; } }));
Object.defineProperty(exports, "omitRetryHeadersMiddlewareOptions", ({ enumerable: true, get: function () { return retry_1.omitRetryHeadersMiddlewareOptions; } }));
Object.defineProperty(exports, "resolveRetryConfig", ({ enumerable: true, get: function () { return retry_1.resolveRetryConfig; } }));
Object.defineProperty(exports, "retryMiddleware", ({ enumerable: true, get: function () { return retry_1.retryMiddleware; } }));
Object.defineProperty(exports, "retryMiddlewareOptions", ({ enumerable: true, get: function () { return retry_1.retryMiddlewareOptions; } }));


/***/ }),

/***/ 5704:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.loadConfig = void 0;
var config_1 = __webpack_require__(7291);
Object.defineProperty(exports, "loadConfig", ({ enumerable: true, get: function () { return config_1.loadConfig; } }));


/***/ }),

/***/ 2356:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveHttpHandlerRuntimeConfig = exports.getHttpHandlerExtensionConfiguration = exports.isValidHostname = exports.HttpResponse = exports.HttpRequest = exports.Fields = exports.Field = void 0;
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "Field", ({ enumerable: true, get: function () { return protocols_1.Field; } }));
Object.defineProperty(exports, "Fields", ({ enumerable: true, get: function () { return protocols_1.Fields; } }));
Object.defineProperty(exports, "HttpRequest", ({ enumerable: true, get: function () { return protocols_1.HttpRequest; } }));
Object.defineProperty(exports, "HttpResponse", ({ enumerable: true, get: function () { return protocols_1.HttpResponse; } }));
Object.defineProperty(exports, "isValidHostname", ({ enumerable: true, get: function () { return protocols_1.isValidHostname; } }));
Object.defineProperty(exports, "getHttpHandlerExtensionConfiguration", ({ enumerable: true, get: function () { return protocols_1.getHttpHandlerExtensionConfiguration; } }));
Object.defineProperty(exports, "resolveHttpHandlerRuntimeConfig", ({ enumerable: true, get: function () { return protocols_1.resolveHttpHandlerRuntimeConfig; } }));


/***/ }),

/***/ 1411:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.createAggregatedClient = exports.convertMap = exports._json = exports.ServiceException = exports.SENSITIVE_STRING = exports.NoOpLogger = exports.Command = exports.Client = exports.strictParseShort = exports.strictParseLong = exports.strictParseInt32 = exports.strictParseInt = exports.strictParseFloat32 = exports.strictParseFloat = exports.strictParseDouble = exports.strictParseByte = exports.splitHeader = exports.splitEvery = exports.quoteHeader = exports.parseRfc7231DateTime = exports.parseRfc3339DateTimeWithOffset = exports.parseRfc3339DateTime = exports.parseEpochTimestamp = exports.parseBoolean = exports.nv = exports.logger = exports.limitedParseFloat32 = exports.limitedParseFloat = exports.limitedParseDouble = exports.handleFloat = exports.generateIdempotencyToken = exports.expectUnion = exports.expectString = exports.expectShort = exports.expectObject = exports.expectNumber = exports.expectNonNull = exports.expectLong = exports.expectInt32 = exports.expectInt = exports.expectFloat32 = exports.expectByte = exports.expectBoolean = exports.dateToUtcString = exports.copyDocumentWithTransform = exports._parseRfc7231DateTime = exports._parseRfc3339DateTimeWithOffset = exports._parseEpochTimestamp = exports.NumericValue = exports.LazyJsonString = void 0;
exports.resolvedPath = exports.extendedEncodeURIComponent = exports.collectBody = exports.withBaseException = exports.throwDefaultError = exports.take = exports.serializeFloat = exports.serializeDateTime = exports.resolveDefaultRuntimeConfig = exports.map = exports.loadConfigsForDefaultMode = exports.isSerializableHeaderValue = exports.getValueFromTextNode = exports.getDefaultExtensionConfiguration = exports.getDefaultClientConfiguration = exports.getArrayIfSingleItem = exports.emitWarningIfUnsupportedVersion = exports.decorateServiceException = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "LazyJsonString", ({ enumerable: true, get: function () { return serde_1.LazyJsonString; } }));
Object.defineProperty(exports, "NumericValue", ({ enumerable: true, get: function () { return serde_1.NumericValue; } }));
Object.defineProperty(exports, "_parseEpochTimestamp", ({ enumerable: true, get: function () { return serde_1._parseEpochTimestamp; } }));
Object.defineProperty(exports, "_parseRfc3339DateTimeWithOffset", ({ enumerable: true, get: function () { return serde_1._parseRfc3339DateTimeWithOffset; } }));
Object.defineProperty(exports, "_parseRfc7231DateTime", ({ enumerable: true, get: function () { return serde_1._parseRfc7231DateTime; } }));
Object.defineProperty(exports, "copyDocumentWithTransform", ({ enumerable: true, get: function () { return serde_1.copyDocumentWithTransform; } }));
Object.defineProperty(exports, "dateToUtcString", ({ enumerable: true, get: function () { return serde_1.dateToUtcString; } }));
Object.defineProperty(exports, "expectBoolean", ({ enumerable: true, get: function () { return serde_1.expectBoolean; } }));
Object.defineProperty(exports, "expectByte", ({ enumerable: true, get: function () { return serde_1.expectByte; } }));
Object.defineProperty(exports, "expectFloat32", ({ enumerable: true, get: function () { return serde_1.expectFloat32; } }));
Object.defineProperty(exports, "expectInt", ({ enumerable: true, get: function () { return serde_1.expectInt; } }));
Object.defineProperty(exports, "expectInt32", ({ enumerable: true, get: function () { return serde_1.expectInt32; } }));
Object.defineProperty(exports, "expectLong", ({ enumerable: true, get: function () { return serde_1.expectLong; } }));
Object.defineProperty(exports, "expectNonNull", ({ enumerable: true, get: function () { return serde_1.expectNonNull; } }));
Object.defineProperty(exports, "expectNumber", ({ enumerable: true, get: function () { return serde_1.expectNumber; } }));
Object.defineProperty(exports, "expectObject", ({ enumerable: true, get: function () { return serde_1.expectObject; } }));
Object.defineProperty(exports, "expectShort", ({ enumerable: true, get: function () { return serde_1.expectShort; } }));
Object.defineProperty(exports, "expectString", ({ enumerable: true, get: function () { return serde_1.expectString; } }));
Object.defineProperty(exports, "expectUnion", ({ enumerable: true, get: function () { return serde_1.expectUnion; } }));
Object.defineProperty(exports, "generateIdempotencyToken", ({ enumerable: true, get: function () { return serde_1.generateIdempotencyToken; } }));
Object.defineProperty(exports, "handleFloat", ({ enumerable: true, get: function () { return serde_1.handleFloat; } }));
Object.defineProperty(exports, "limitedParseDouble", ({ enumerable: true, get: function () { return serde_1.limitedParseDouble; } }));
Object.defineProperty(exports, "limitedParseFloat", ({ enumerable: true, get: function () { return serde_1.limitedParseFloat; } }));
Object.defineProperty(exports, "limitedParseFloat32", ({ enumerable: true, get: function () { return serde_1.limitedParseFloat32; } }));
Object.defineProperty(exports, "logger", ({ enumerable: true, get: function () { return serde_1.logger; } }));
Object.defineProperty(exports, "nv", ({ enumerable: true, get: function () { return serde_1.nv; } }));
Object.defineProperty(exports, "parseBoolean", ({ enumerable: true, get: function () { return serde_1.parseBoolean; } }));
Object.defineProperty(exports, "parseEpochTimestamp", ({ enumerable: true, get: function () { return serde_1.parseEpochTimestamp; } }));
Object.defineProperty(exports, "parseRfc3339DateTime", ({ enumerable: true, get: function () { return serde_1.parseRfc3339DateTime; } }));
Object.defineProperty(exports, "parseRfc3339DateTimeWithOffset", ({ enumerable: true, get: function () { return serde_1.parseRfc3339DateTimeWithOffset; } }));
Object.defineProperty(exports, "parseRfc7231DateTime", ({ enumerable: true, get: function () { return serde_1.parseRfc7231DateTime; } }));
Object.defineProperty(exports, "quoteHeader", ({ enumerable: true, get: function () { return serde_1.quoteHeader; } }));
Object.defineProperty(exports, "splitEvery", ({ enumerable: true, get: function () { return serde_1.splitEvery; } }));
Object.defineProperty(exports, "splitHeader", ({ enumerable: true, get: function () { return serde_1.splitHeader; } }));
Object.defineProperty(exports, "strictParseByte", ({ enumerable: true, get: function () { return serde_1.strictParseByte; } }));
Object.defineProperty(exports, "strictParseDouble", ({ enumerable: true, get: function () { return serde_1.strictParseDouble; } }));
Object.defineProperty(exports, "strictParseFloat", ({ enumerable: true, get: function () { return serde_1.strictParseFloat; } }));
Object.defineProperty(exports, "strictParseFloat32", ({ enumerable: true, get: function () { return serde_1.strictParseFloat32; } }));
Object.defineProperty(exports, "strictParseInt", ({ enumerable: true, get: function () { return serde_1.strictParseInt; } }));
Object.defineProperty(exports, "strictParseInt32", ({ enumerable: true, get: function () { return serde_1.strictParseInt32; } }));
Object.defineProperty(exports, "strictParseLong", ({ enumerable: true, get: function () { return serde_1.strictParseLong; } }));
Object.defineProperty(exports, "strictParseShort", ({ enumerable: true, get: function () { return serde_1.strictParseShort; } }));
var client_1 = __webpack_require__(2658);
Object.defineProperty(exports, "Client", ({ enumerable: true, get: function () { return client_1.Client; } }));
Object.defineProperty(exports, "Command", ({ enumerable: true, get: function () { return client_1.Command; } }));
Object.defineProperty(exports, "NoOpLogger", ({ enumerable: true, get: function () { return client_1.NoOpLogger; } }));
Object.defineProperty(exports, "SENSITIVE_STRING", ({ enumerable: true, get: function () { return client_1.SENSITIVE_STRING; } }));
Object.defineProperty(exports, "ServiceException", ({ enumerable: true, get: function () { return client_1.ServiceException; } }));
Object.defineProperty(exports, "_json", ({ enumerable: true, get: function () { return client_1._json; } }));
Object.defineProperty(exports, "convertMap", ({ enumerable: true, get: function () { return client_1.convertMap; } }));
Object.defineProperty(exports, "createAggregatedClient", ({ enumerable: true, get: function () { return client_1.createAggregatedClient; } }));
Object.defineProperty(exports, "decorateServiceException", ({ enumerable: true, get: function () { return client_1.decorateServiceException; } }));
Object.defineProperty(exports, "emitWarningIfUnsupportedVersion", ({ enumerable: true, get: function () { return client_1.emitWarningIfUnsupportedVersion; } }));
Object.defineProperty(exports, "getArrayIfSingleItem", ({ enumerable: true, get: function () { return client_1.getArrayIfSingleItem; } }));
Object.defineProperty(exports, "getDefaultClientConfiguration", ({ enumerable: true, get: function () { return client_1.getDefaultClientConfiguration; } }));
Object.defineProperty(exports, "getDefaultExtensionConfiguration", ({ enumerable: true, get: function () { return client_1.getDefaultExtensionConfiguration; } }));
Object.defineProperty(exports, "getValueFromTextNode", ({ enumerable: true, get: function () { return client_1.getValueFromTextNode; } }));
Object.defineProperty(exports, "isSerializableHeaderValue", ({ enumerable: true, get: function () { return client_1.isSerializableHeaderValue; } }));
Object.defineProperty(exports, "loadConfigsForDefaultMode", ({ enumerable: true, get: function () { return client_1.loadConfigsForDefaultMode; } }));
Object.defineProperty(exports, "map", ({ enumerable: true, get: function () { return client_1.map; } }));
Object.defineProperty(exports, "resolveDefaultRuntimeConfig", ({ enumerable: true, get: function () { return client_1.resolveDefaultRuntimeConfig; } }));
Object.defineProperty(exports, "serializeDateTime", ({ enumerable: true, get: function () { return client_1.serializeDateTime; } }));
Object.defineProperty(exports, "serializeFloat", ({ enumerable: true, get: function () { return client_1.serializeFloat; } }));
Object.defineProperty(exports, "take", ({ enumerable: true, get: function () { return client_1.take; } }));
Object.defineProperty(exports, "throwDefaultError", ({ enumerable: true, get: function () { return client_1.throwDefaultError; } }));
Object.defineProperty(exports, "withBaseException", ({ enumerable: true, get: function () { return client_1.withBaseException; } }));
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "collectBody", ({ enumerable: true, get: function () { return protocols_1.collectBody; } }));
Object.defineProperty(exports, "extendedEncodeURIComponent", ({ enumerable: true, get: function () { return protocols_1.extendedEncodeURIComponent; } }));
Object.defineProperty(exports, "resolvedPath", ({ enumerable: true, get: function () { return protocols_1.resolvedPath; } }));


/***/ }),

/***/ 4494:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.parseUrl = void 0;
var protocols_1 = __webpack_require__(3422);
Object.defineProperty(exports, "parseUrl", ({ enumerable: true, get: function () { return protocols_1.parseUrl; } }));


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toBase64 = exports.fromBase64 = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "fromBase64", ({ enumerable: true, get: function () { return serde_1.fromBase64; } }));
Object.defineProperty(exports, "toBase64", ({ enumerable: true, get: function () { return serde_1.toBase64; } }));


/***/ }),

/***/ 3638:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.calculateBodyLength = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "calculateBodyLength", ({ enumerable: true, get: function () { return serde_1.calculateBodyLength; } }));


/***/ }),

/***/ 5435:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveDefaultsModeConfig = void 0;
var config_1 = __webpack_require__(7291);
Object.defineProperty(exports, "resolveDefaultsModeConfig", ({ enumerable: true, get: function () { return config_1.resolveDefaultsModeConfig; } }));


/***/ }),

/***/ 9674:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.EndpointError = exports.resolveEndpoint = exports.customEndpointFunctions = exports.isValidHostLabel = exports.isIpAddress = exports.decideEndpoint = exports.EndpointCache = exports.BinaryDecisionDiagram = void 0;
var endpoints_1 = __webpack_require__(2085);
Object.defineProperty(exports, "BinaryDecisionDiagram", ({ enumerable: true, get: function () { return endpoints_1.BinaryDecisionDiagram; } }));
Object.defineProperty(exports, "EndpointCache", ({ enumerable: true, get: function () { return endpoints_1.EndpointCache; } }));
Object.defineProperty(exports, "decideEndpoint", ({ enumerable: true, get: function () { return endpoints_1.decideEndpoint; } }));
Object.defineProperty(exports, "isIpAddress", ({ enumerable: true, get: function () { return endpoints_1.isIpAddress; } }));
Object.defineProperty(exports, "isValidHostLabel", ({ enumerable: true, get: function () { return endpoints_1.isValidHostLabel; } }));
Object.defineProperty(exports, "customEndpointFunctions", ({ enumerable: true, get: function () { return endpoints_1.customEndpointFunctions; } }));
Object.defineProperty(exports, "resolveEndpoint", ({ enumerable: true, get: function () { return endpoints_1.resolveEndpoint; } }));
Object.defineProperty(exports, "EndpointError", ({ enumerable: true, get: function () { return endpoints_1.EndpointError; } }));


/***/ }),

/***/ 6324:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.normalizeProvider = exports.getSmithyContext = void 0;
var client_1 = __webpack_require__(2658);
Object.defineProperty(exports, "getSmithyContext", ({ enumerable: true, get: function () { return client_1.getSmithyContext; } }));
Object.defineProperty(exports, "normalizeProvider", ({ enumerable: true, get: function () { return client_1.normalizeProvider; } }));


/***/ }),

/***/ 5518:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.TIMEOUT_RETRY_COST = exports.THROTTLING_RETRY_DELAY_BASE = exports.Retry = exports.RETRY_MODES = exports.RETRY_COST = exports.NO_RETRY_INCREMENT = exports.REQUEST_HEADER = exports.MAXIMUM_RETRY_DELAY = exports.INVOCATION_ID_HEADER = exports.INITIAL_RETRY_TOKENS = exports.DEFAULT_RETRY_MODE = exports.DEFAULT_RETRY_DELAY_BASE = exports.DEFAULT_MAX_ATTEMPTS = exports.StandardRetryStrategy = exports.DefaultRateLimiter = exports.ConfiguredRetryStrategy = exports.AdaptiveRetryStrategy = void 0;
var retry_1 = __webpack_require__(3609);
Object.defineProperty(exports, "AdaptiveRetryStrategy", ({ enumerable: true, get: function () { return retry_1.AdaptiveRetryStrategy; } }));
Object.defineProperty(exports, "ConfiguredRetryStrategy", ({ enumerable: true, get: function () { return retry_1.ConfiguredRetryStrategy; } }));
Object.defineProperty(exports, "DefaultRateLimiter", ({ enumerable: true, get: function () { return retry_1.DefaultRateLimiter; } }));
Object.defineProperty(exports, "StandardRetryStrategy", ({ enumerable: true, get: function () { return retry_1.StandardRetryStrategy; } }));
Object.defineProperty(exports, "DEFAULT_MAX_ATTEMPTS", ({ enumerable: true, get: function () { return retry_1.DEFAULT_MAX_ATTEMPTS; } }));
Object.defineProperty(exports, "DEFAULT_RETRY_DELAY_BASE", ({ enumerable: true, get: function () { return retry_1.DEFAULT_RETRY_DELAY_BASE; } }));
Object.defineProperty(exports, "DEFAULT_RETRY_MODE", ({ enumerable: true, get: function () { return retry_1.DEFAULT_RETRY_MODE; } }));
Object.defineProperty(exports, "INITIAL_RETRY_TOKENS", ({ enumerable: true, get: function () { return retry_1.INITIAL_RETRY_TOKENS; } }));
Object.defineProperty(exports, "INVOCATION_ID_HEADER", ({ enumerable: true, get: function () { return retry_1.INVOCATION_ID_HEADER; } }));
Object.defineProperty(exports, "MAXIMUM_RETRY_DELAY", ({ enumerable: true, get: function () { return retry_1.MAXIMUM_RETRY_DELAY; } }));
Object.defineProperty(exports, "REQUEST_HEADER", ({ enumerable: true, get: function () { return retry_1.REQUEST_HEADER; } }));
Object.defineProperty(exports, "NO_RETRY_INCREMENT", ({ enumerable: true, get: function () { return retry_1.NO_RETRY_INCREMENT; } }));
Object.defineProperty(exports, "RETRY_COST", ({ enumerable: true, get: function () { return retry_1.RETRY_COST; } }));
Object.defineProperty(exports, "RETRY_MODES", ({ enumerable: true, get: function () { return retry_1.RETRY_MODES; } }));
Object.defineProperty(exports, "Retry", ({ enumerable: true, get: function () { return retry_1.Retry; } }));
Object.defineProperty(exports, "THROTTLING_RETRY_DELAY_BASE", ({ enumerable: true, get: function () { return retry_1.THROTTLING_RETRY_DELAY_BASE; } }));
Object.defineProperty(exports, "TIMEOUT_RETRY_COST", ({ enumerable: true, get: function () { return retry_1.TIMEOUT_RETRY_COST; } }));


/***/ }),

/***/ 1577:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.toUtf8 = exports.toUint8Array = exports.fromUtf8 = void 0;
var serde_1 = __webpack_require__(2430);
Object.defineProperty(exports, "fromUtf8", ({ enumerable: true, get: function () { return serde_1.fromUtf8; } }));
Object.defineProperty(exports, "toUint8Array", ({ enumerable: true, get: function () { return serde_1.toUint8Array; } }));
Object.defineProperty(exports, "toUtf8", ({ enumerable: true, get: function () { return serde_1.toUtf8; } }));


/***/ }),

/***/ 1860:
/***/ ((module) => {

/******************************************************************************
Copyright (c) Microsoft Corporation.

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES WITH
REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR ANY SPECIAL, DIRECT,
INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES WHATSOEVER RESULTING FROM
LOSS OF USE, DATA OR PROFITS, WHETHER IN AN ACTION OF CONTRACT, NEGLIGENCE OR
OTHER TORTIOUS ACTION, ARISING OUT OF OR IN CONNECTION WITH THE USE OR
PERFORMANCE OF THIS SOFTWARE.
***************************************************************************** */
/* global global, define, Symbol, Reflect, Promise, SuppressedError, Iterator */
var __extends;
var __assign;
var __rest;
var __decorate;
var __param;
var __esDecorate;
var __runInitializers;
var __propKey;
var __setFunctionName;
var __metadata;
var __awaiter;
var __generator;
var __exportStar;
var __values;
var __read;
var __spread;
var __spreadArrays;
var __spreadArray;
var __await;
var __asyncGenerator;
var __asyncDelegator;
var __asyncValues;
var __makeTemplateObject;
var __importStar;
var __importDefault;
var __classPrivateFieldGet;
var __classPrivateFieldSet;
var __classPrivateFieldIn;
var __createBinding;
var __addDisposableResource;
var __disposeResources;
var __rewriteRelativeImportExtension;
(function (factory) {
    var root = typeof global === "object" ? global : typeof self === "object" ? self : typeof this === "object" ? this : {};
    if (typeof define === "function" && define.amd) {
        define("tslib", ["exports"], function (exports) { factory(createExporter(root, createExporter(exports))); });
    }
    else if ( true && typeof module.exports === "object") {
        factory(createExporter(root, createExporter(module.exports)));
    }
    else {
        factory(createExporter(root));
    }
    function createExporter(exports, previous) {
        if (exports !== root) {
            if (typeof Object.create === "function") {
                Object.defineProperty(exports, "__esModule", { value: true });
            }
            else {
                exports.__esModule = true;
            }
        }
        return function (id, v) { return exports[id] = previous ? previous(id, v) : v; };
    }
})
(function (exporter) {
    var extendStatics = Object.setPrototypeOf ||
        ({ __proto__: [] } instanceof Array && function (d, b) { d.__proto__ = b; }) ||
        function (d, b) { for (var p in b) if (Object.prototype.hasOwnProperty.call(b, p)) d[p] = b[p]; };

    __extends = function (d, b) {
        if (typeof b !== "function" && b !== null)
            throw new TypeError("Class extends value " + String(b) + " is not a constructor or null");
        extendStatics(d, b);
        function __() { this.constructor = d; }
        d.prototype = b === null ? Object.create(b) : (__.prototype = b.prototype, new __());
    };

    __assign = Object.assign || function (t) {
        for (var s, i = 1, n = arguments.length; i < n; i++) {
            s = arguments[i];
            for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p)) t[p] = s[p];
        }
        return t;
    };

    __rest = function (s, e) {
        var t = {};
        for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
            t[p] = s[p];
        if (s != null && typeof Object.getOwnPropertySymbols === "function")
            for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
                if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
                    t[p[i]] = s[p[i]];
            }
        return t;
    };

    __decorate = function (decorators, target, key, desc) {
        var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
        if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
        else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
        return c > 3 && r && Object.defineProperty(target, key, r), r;
    };

    __param = function (paramIndex, decorator) {
        return function (target, key) { decorator(target, key, paramIndex); }
    };

    __esDecorate = function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
        function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
        var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
        var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
        var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
        var _, done = false;
        for (var i = decorators.length - 1; i >= 0; i--) {
            var context = {};
            for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
            for (var p in contextIn.access) context.access[p] = contextIn.access[p];
            context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
            var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
            if (kind === "accessor") {
                if (result === void 0) continue;
                if (result === null || typeof result !== "object") throw new TypeError("Object expected");
                if (_ = accept(result.get)) descriptor.get = _;
                if (_ = accept(result.set)) descriptor.set = _;
                if (_ = accept(result.init)) initializers.unshift(_);
            }
            else if (_ = accept(result)) {
                if (kind === "field") initializers.unshift(_);
                else descriptor[key] = _;
            }
        }
        if (target) Object.defineProperty(target, contextIn.name, descriptor);
        done = true;
    };

    __runInitializers = function (thisArg, initializers, value) {
        var useValue = arguments.length > 2;
        for (var i = 0; i < initializers.length; i++) {
            value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
        }
        return useValue ? value : void 0;
    };

    __propKey = function (x) {
        return typeof x === "symbol" ? x : "".concat(x);
    };

    __setFunctionName = function (f, name, prefix) {
        if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
        return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
    };

    __metadata = function (metadataKey, metadataValue) {
        if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(metadataKey, metadataValue);
    };

    __awaiter = function (thisArg, _arguments, P, generator) {
        function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
        return new (P || (P = Promise))(function (resolve, reject) {
            function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
            function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
            function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
            step((generator = generator.apply(thisArg, _arguments || [])).next());
        });
    };

    __generator = function (thisArg, body) {
        var _ = { label: 0, sent: function() { if (t[0] & 1) throw t[1]; return t[1]; }, trys: [], ops: [] }, f, y, t, g = Object.create((typeof Iterator === "function" ? Iterator : Object).prototype);
        return g.next = verb(0), g["throw"] = verb(1), g["return"] = verb(2), typeof Symbol === "function" && (g[Symbol.iterator] = function() { return this; }), g;
        function verb(n) { return function (v) { return step([n, v]); }; }
        function step(op) {
            if (f) throw new TypeError("Generator is already executing.");
            while (g && (g = 0, op[0] && (_ = 0)), _) try {
                if (f = 1, y && (t = op[0] & 2 ? y["return"] : op[0] ? y["throw"] || ((t = y["return"]) && t.call(y), 0) : y.next) && !(t = t.call(y, op[1])).done) return t;
                if (y = 0, t) op = [op[0] & 2, t.value];
                switch (op[0]) {
                    case 0: case 1: t = op; break;
                    case 4: _.label++; return { value: op[1], done: false };
                    case 5: _.label++; y = op[1]; op = [0]; continue;
                    case 7: op = _.ops.pop(); _.trys.pop(); continue;
                    default:
                        if (!(t = _.trys, t = t.length > 0 && t[t.length - 1]) && (op[0] === 6 || op[0] === 2)) { _ = 0; continue; }
                        if (op[0] === 3 && (!t || (op[1] > t[0] && op[1] < t[3]))) { _.label = op[1]; break; }
                        if (op[0] === 6 && _.label < t[1]) { _.label = t[1]; t = op; break; }
                        if (t && _.label < t[2]) { _.label = t[2]; _.ops.push(op); break; }
                        if (t[2]) _.ops.pop();
                        _.trys.pop(); continue;
                }
                op = body.call(thisArg, _);
            } catch (e) { op = [6, e]; y = 0; } finally { f = t = 0; }
            if (op[0] & 5) throw op[1]; return { value: op[0] ? op[1] : void 0, done: true };
        }
    };

    __exportStar = function(m, o) {
        for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(o, p)) __createBinding(o, m, p);
    };

    __createBinding = Object.create ? (function(o, m, k, k2) {
        if (k2 === undefined) k2 = k;
        var desc = Object.getOwnPropertyDescriptor(m, k);
        if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
            desc = { enumerable: true, get: function() { return m[k]; } };
        }
        Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
        if (k2 === undefined) k2 = k;
        o[k2] = m[k];
    });

    __values = function (o) {
        var s = typeof Symbol === "function" && Symbol.iterator, m = s && o[s], i = 0;
        if (m) return m.call(o);
        if (o && typeof o.length === "number") return {
            next: function () {
                if (o && i >= o.length) o = void 0;
                return { value: o && o[i++], done: !o };
            }
        };
        throw new TypeError(s ? "Object is not iterable." : "Symbol.iterator is not defined.");
    };

    __read = function (o, n) {
        var m = typeof Symbol === "function" && o[Symbol.iterator];
        if (!m) return o;
        var i = m.call(o), r, ar = [], e;
        try {
            while ((n === void 0 || n-- > 0) && !(r = i.next()).done) ar.push(r.value);
        }
        catch (error) { e = { error: error }; }
        finally {
            try {
                if (r && !r.done && (m = i["return"])) m.call(i);
            }
            finally { if (e) throw e.error; }
        }
        return ar;
    };

    /** @deprecated */
    __spread = function () {
        for (var ar = [], i = 0; i < arguments.length; i++)
            ar = ar.concat(__read(arguments[i]));
        return ar;
    };

    /** @deprecated */
    __spreadArrays = function () {
        for (var s = 0, i = 0, il = arguments.length; i < il; i++) s += arguments[i].length;
        for (var r = Array(s), k = 0, i = 0; i < il; i++)
            for (var a = arguments[i], j = 0, jl = a.length; j < jl; j++, k++)
                r[k] = a[j];
        return r;
    };

    __spreadArray = function (to, from, pack) {
        if (pack || arguments.length === 2) for (var i = 0, l = from.length, ar; i < l; i++) {
            if (ar || !(i in from)) {
                if (!ar) ar = Array.prototype.slice.call(from, 0, i);
                ar[i] = from[i];
            }
        }
        return to.concat(ar || Array.prototype.slice.call(from));
    };

    __await = function (v) {
        return this instanceof __await ? (this.v = v, this) : new __await(v);
    };

    __asyncGenerator = function (thisArg, _arguments, generator) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var g = generator.apply(thisArg, _arguments || []), i, q = [];
        return i = Object.create((typeof AsyncIterator === "function" ? AsyncIterator : Object).prototype), verb("next"), verb("throw"), verb("return", awaitReturn), i[Symbol.asyncIterator] = function () { return this; }, i;
        function awaitReturn(f) { return function (v) { return Promise.resolve(v).then(f, reject); }; }
        function verb(n, f) { if (g[n]) { i[n] = function (v) { return new Promise(function (a, b) { q.push([n, v, a, b]) > 1 || resume(n, v); }); }; if (f) i[n] = f(i[n]); } }
        function resume(n, v) { try { step(g[n](v)); } catch (e) { settle(q[0][3], e); } }
        function step(r) { r.value instanceof __await ? Promise.resolve(r.value.v).then(fulfill, reject) : settle(q[0][2], r); }
        function fulfill(value) { resume("next", value); }
        function reject(value) { resume("throw", value); }
        function settle(f, v) { if (f(v), q.shift(), q.length) resume(q[0][0], q[0][1]); }
    };

    __asyncDelegator = function (o) {
        var i, p;
        return i = {}, verb("next"), verb("throw", function (e) { throw e; }), verb("return"), i[Symbol.iterator] = function () { return this; }, i;
        function verb(n, f) { i[n] = o[n] ? function (v) { return (p = !p) ? { value: __await(o[n](v)), done: false } : f ? f(v) : v; } : f; }
    };

    __asyncValues = function (o) {
        if (!Symbol.asyncIterator) throw new TypeError("Symbol.asyncIterator is not defined.");
        var m = o[Symbol.asyncIterator], i;
        return m ? m.call(o) : (o = typeof __values === "function" ? __values(o) : o[Symbol.iterator](), i = {}, verb("next"), verb("throw"), verb("return"), i[Symbol.asyncIterator] = function () { return this; }, i);
        function verb(n) { i[n] = o[n] && function (v) { return new Promise(function (resolve, reject) { v = o[n](v), settle(resolve, reject, v.done, v.value); }); }; }
        function settle(resolve, reject, d, v) { Promise.resolve(v).then(function(v) { resolve({ value: v, done: d }); }, reject); }
    };

    __makeTemplateObject = function (cooked, raw) {
        if (Object.defineProperty) { Object.defineProperty(cooked, "raw", { value: raw }); } else { cooked.raw = raw; }
        return cooked;
    };

    var __setModuleDefault = Object.create ? (function(o, v) {
        Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
        o["default"] = v;
    };

    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };

    __importStar = function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };

    __importDefault = function (mod) {
        return (mod && mod.__esModule) ? mod : { "default": mod };
    };

    __classPrivateFieldGet = function (receiver, state, kind, f) {
        if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
        if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
        return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
    };

    __classPrivateFieldSet = function (receiver, state, value, kind, f) {
        if (kind === "m") throw new TypeError("Private method is not writable");
        if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
        if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
        return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
    };

    __classPrivateFieldIn = function (state, receiver) {
        if (receiver === null || (typeof receiver !== "object" && typeof receiver !== "function")) throw new TypeError("Cannot use 'in' operator on non-object");
        return typeof state === "function" ? receiver === state : state.has(receiver);
    };

    __addDisposableResource = function (env, value, async) {
        if (value !== null && value !== void 0) {
            if (typeof value !== "object" && typeof value !== "function") throw new TypeError("Object expected.");
            var dispose, inner;
            if (async) {
                if (!Symbol.asyncDispose) throw new TypeError("Symbol.asyncDispose is not defined.");
                dispose = value[Symbol.asyncDispose];
            }
            if (dispose === void 0) {
                if (!Symbol.dispose) throw new TypeError("Symbol.dispose is not defined.");
                dispose = value[Symbol.dispose];
                if (async) inner = dispose;
            }
            if (typeof dispose !== "function") throw new TypeError("Object not disposable.");
            if (inner) dispose = function() { try { inner.call(this); } catch (e) { return Promise.reject(e); } };
            env.stack.push({ value: value, dispose: dispose, async: async });
        }
        else if (async) {
            env.stack.push({ async: true });
        }
        return value;
    };

    var _SuppressedError = typeof SuppressedError === "function" ? SuppressedError : function (error, suppressed, message) {
        var e = new Error(message);
        return e.name = "SuppressedError", e.error = error, e.suppressed = suppressed, e;
    };

    __disposeResources = function (env) {
        function fail(e) {
            env.error = env.hasError ? new _SuppressedError(e, env.error, "An error was suppressed during disposal.") : e;
            env.hasError = true;
        }
        var r, s = 0;
        function next() {
            while (r = env.stack.pop()) {
                try {
                    if (!r.async && s === 1) return s = 0, env.stack.push(r), Promise.resolve().then(next);
                    if (r.dispose) {
                        var result = r.dispose.call(r.value);
                        if (r.async) return s |= 2, Promise.resolve(result).then(next, function(e) { fail(e); return next(); });
                    }
                    else s |= 1;
                }
                catch (e) {
                    fail(e);
                }
            }
            if (s === 1) return env.hasError ? Promise.reject(env.error) : Promise.resolve();
            if (env.hasError) throw env.error;
        }
        return next();
    };

    __rewriteRelativeImportExtension = function (path, preserveJsx, extraExtensions, ignoreCase) {
        if (typeof path === "string" && /^\.\.?\//.test(path)) {
            if (extraExtensions) {
                for (var extension in extraExtensions) {
                    var suffix = path.slice(-extension.length);
                    if (suffix === extension || ignoreCase && suffix.toLowerCase() === extension.toLowerCase()) {
                        var output = extraExtensions[extension];
                        return output === extension ? path : path.slice(0, -extension.length) + output;
                    }
                }
            }
            return path.replace(/\.(tsx)$|((?:\.d)?)((?:\.[^./]+?)?)\.([cm]?)ts$/i, function (m, tsx, d, ext, cm) {
                return tsx ? preserveJsx ? ".jsx" : ".js" : d && (!ext || !cm) ? m : (d + ext + "." + cm.toLowerCase() + "js");
            });
        }
        return path;
    };

    exporter("__extends", __extends);
    exporter("__assign", __assign);
    exporter("__rest", __rest);
    exporter("__decorate", __decorate);
    exporter("__param", __param);
    exporter("__esDecorate", __esDecorate);
    exporter("__runInitializers", __runInitializers);
    exporter("__propKey", __propKey);
    exporter("__setFunctionName", __setFunctionName);
    exporter("__metadata", __metadata);
    exporter("__awaiter", __awaiter);
    exporter("__generator", __generator);
    exporter("__exportStar", __exportStar);
    exporter("__createBinding", __createBinding);
    exporter("__values", __values);
    exporter("__read", __read);
    exporter("__spread", __spread);
    exporter("__spreadArrays", __spreadArrays);
    exporter("__spreadArray", __spreadArray);
    exporter("__await", __await);
    exporter("__asyncGenerator", __asyncGenerator);
    exporter("__asyncDelegator", __asyncDelegator);
    exporter("__asyncValues", __asyncValues);
    exporter("__makeTemplateObject", __makeTemplateObject);
    exporter("__importStar", __importStar);
    exporter("__importDefault", __importDefault);
    exporter("__classPrivateFieldGet", __classPrivateFieldGet);
    exporter("__classPrivateFieldSet", __classPrivateFieldSet);
    exporter("__classPrivateFieldIn", __classPrivateFieldIn);
    exporter("__addDisposableResource", __addDisposableResource);
    exporter("__disposeResources", __disposeResources);
    exporter("__rewriteRelativeImportExtension", __rewriteRelativeImportExtension);
});

0 && (0);


/***/ })

};
